package org.lccp.membership;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Membership serves its institutions as open data itself, exactly as the registry did
 * before: {@code /api/v1/institutions} answers the public directory's page with every
 * field of an institution, and the bulk download holds the {@code institutions} table
 * with the same columns, right after the registry's tables.
 */
@LccpTest
class InstitutionsAsOpenDataTest {

	static final List<String> FIRST_ENTRIES = List.of("countries.csv", "countries.xlsx", "cities.csv", "cities.xlsx",
			"city_facts.csv", "city_facts.xlsx", "targets.csv", "targets.xlsx", "target_progress.csv",
			"target_progress.xlsx", "institutions.csv", "institutions.xlsx");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	final JsonMapper json = JsonMapper.builder().build();

	final List<UUID> added = new ArrayList<>();

	/** Other tests of the shared application count the members of a country. */
	@AfterEach
	void removeTheAddedMembers() {
		this.added.forEach((id) -> this.jdbc.update("delete from institution where id = ?", id));
	}

	UUID member(String name) {
		var id = UUID.randomUUID();
		this.added.add(id);
		this.jdbc.update("insert into institution (id, name_original, name_english, name_normalised, type, country, "
				+ "city, website, description, status, member_since, created_at) values (?, ?, ?, ?, "
				+ "'RESEARCH_INSTITUTION', 'MN', 'Darkhan', 'https://example.org/=x', 'test', 'ACTIVE', ?, now())", id,
				name + " 原文", name, name.toLowerCase(java.util.Locale.ROOT), LocalDate.of(2015, 1, 1));
		return id;
	}

	@Test
	void theApiAnswersThePublicDirectoryAsAPage() {
		var name = "Open Institute " + UUID.randomUUID().toString().substring(0, 8);
		var id = member(name);
		var web = new WebSession(this.port);
		var answer = web.get("/api/v1/institutions?country=MN&type=RESEARCH_INSTITUTION&size=500", "Accept",
				"application/json");
		assertThat(answer.status()).isEqualTo(200);
		var page = this.json.readTree(answer.body());
		assertThat(page.get("page").get("size").asInt()).isEqualTo(500);
		var found = new ArrayList<tools.jackson.databind.JsonNode>();
		page.get("content").forEach((node) -> {
			if (node.get("id").asString().equals(id.toString())) {
				found.add(node);
			}
		});
		assertThat(found).hasSize(1);
		var institution = found.get(0);
		assertThat(institution.propertyNames())
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(InstitutionView.class.getRecordComponents())
				.map(java.lang.reflect.RecordComponent::getName)
				.toList());
		assertThat(institution.get("nameEnglish").asString()).isEqualTo(name);
		assertThat(institution.get("nameOriginal").asString()).isEqualTo(name + " 原文");
		assertThat(institution.get("type").asString()).isEqualTo("RESEARCH_INSTITUTION");
		assertThat(institution.get("city").asString()).isEqualTo("Darkhan");
		assertThat(institution.get("memberSince").asString()).isEqualTo("2015-01-01");
		assertThat(web.get("/api/v1/institutions?country=JP&size=500", "Accept", "application/json").body())
			.doesNotContain(id.toString());
	}

	@Test
	void theBulkDownloadHoldsTheInstitutionsTableAfterTheRegistrysTables() throws IOException {
		var name = "Zipped Institute " + UUID.randomUUID().toString().substring(0, 8);
		var id = member(name);
		// the row is written past the facade, which would announce the change itself
		this.events.publishEvent(new OpenDataChanged(Instant.now()));
		var web = new WebSession(this.port);
		var entries = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> entries(web.download("/open-data/lccp-open-data.zip").body()),
					(zip) -> zip.get("institutions.csv").contains(id.toString()));
		assertThat(new ArrayList<>(entries.keySet()).subList(0, FIRST_ENTRIES.size()))
			.containsExactlyElementsOf(FIRST_ENTRIES);
		var lines = entries.get("institutions.csv").lines().toList();
		assertThat(lines.get(0)).isEqualTo("id,name_en,name_original,type,country,city,website,member_since");
		assertThat(lines).contains(id + "," + name + "," + name + " 原文,RESEARCH_INSTITUTION,MN,Darkhan,"
				+ "https://example.org/=x,2015-01-01");
	}

	static Map<String, String> entries(byte[] zipBytes) throws IOException {
		var entries = new LinkedHashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(),
						entry.getName().endsWith(".csv") ? new String(zip.readAllBytes(), StandardCharsets.UTF_8) : "");
			}
		}
		return entries;
	}

}
