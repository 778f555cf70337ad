package org.lccp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.OpenDataTables;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Studies in the open API and the bulk download: published analytical studies opened to
 * everyone and published comparative studies, never drafts or members-only studies; bad
 * input answers problem details.
 */
@LccpTest
class StudyOpenDataWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	List<OpenDataTables> openData;

	@Test
	void onlyStudiesOpenToEveryoneAreInTheApiAndTheBulkDownload() {
		var city = this.cities.registerCity(new CityDetails("MN", null, "Open study city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var accounts = new TestAccounts(this.accountManagement);
		var focal = accounts.create("Open study focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var secretary = accounts.create("Open study secretary", Role.SECRETARIAT);
		var expertAccount = accounts.create("Open study expert", Role.EXPERT);
		var host = new WebSession(this.port).login(focal.email(), focal.password());
		var secretariat = new WebSession(this.port).login(secretary.email(), secretary.password());
		var expert = new WebSession(this.port).login(expertAccount.email(), expertAccount.password());
		var ids = new ArrayList<String>();
		for (var visibility : List.of("PUBLIC", "MEMBERS", "DRAFT")) {
			var path = host.post("/cities/" + city + "/studies", "interests", "Interest " + visibility)
				.location()
				.replaceFirst("^https?://[^/]+", "");
			ids.add(path.substring("/studies/".length()));
			if (visibility.equals("DRAFT")) {
				continue;
			}
			secretariat.post(path + "/experts", "email", expertAccount.email());
			expert.post(path + "/delivery", "findings", "Findings " + visibility, "options", "Options");
			host.post(path + "/comment", "comment", "=HYPERLINK(\"http://x\")", "visibility", visibility);
			assertThat(secretariat.post(path + "/publish").status()).isEqualTo(302);
		}
		var comparativeTitle = "Open comparative " + UUID.randomUUID();
		var comparative = secretariat.post("/comparative-studies", "title", comparativeTitle, "year", "2025")
			.location()
			.replaceFirst("^https?://[^/]+", "");
		secretariat.post(comparative + "/chapters", "country", "CN", "text", "Pilot low-carbon cities");
		secretariat.post(comparative + "/publish");
		var comparativeId = comparative.substring("/comparative-studies/".length());

		var visitor = new WebSession(this.port);
		var all = visitor.get("/api/v1/studies?size=100", "Accept", "application/json");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).contains(ids.get(0))
			.contains(comparativeId)
			.doesNotContain(ids.get(1))
			.doesNotContain(ids.get(2));
		var onlyComparative = visitor.get("/api/v1/studies?kind=comparative&size=100", "Accept", "application/json")
			.body();
		assertThat(onlyComparative).contains(comparativeId)
			.contains("Pilot low-carbon cities")
			.doesNotContain(ids.get(0));
		var one = visitor.get("/api/v1/studies/" + ids.get(0), "Accept", "application/json");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body()).contains("Findings PUBLIC").contains("\"kind\":\"ANALYTICAL\"");
		for (var hidden : List.of(ids.get(1), ids.get(2), UUID.randomUUID().toString())) {
			var missing = visitor.get("/api/v1/studies/" + hidden, "Accept", "application/json");
			assertThat(missing.status()).isEqualTo(404);
			assertThat(missing.header("Content-Type").orElse("")).contains("application/problem+json");
		}
		var badKind = visitor.get("/api/v1/studies?kind=secret", "Accept", "application/json");
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.header("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(badKind.body()).contains("ANALYTICAL or COMPARATIVE");
		assertThat(visitor.get("/api/v1/studies?page=-1", "Accept", "application/json").status()).isEqualTo(400);
		assertThat(visitor.get("/api/v1/studies?size=0", "Accept", "application/json").status()).isEqualTo(400);
		assertThat(visitor.get("/v3/api-docs", "Accept", "application/json").body()).contains("/api/v1/studies")
			.contains("/api/v1/studies/{id}");

		var table = this.openData.stream()
			.flatMap((o) -> o.tables().stream())
			.filter((t) -> t.name().equals("review_studies"))
			.findFirst()
			.orElseThrow();
		var rows = new ArrayList<List<Object>>();
		table.rows().accept(rows::add);
		var cells = rows.stream().map(Object::toString).toList();
		assertThat(cells).anyMatch((r) -> r.contains(ids.get(0)) && r.contains("Findings PUBLIC"));
		assertThat(cells).anyMatch((r) -> r.contains(comparativeId) && r.contains(comparativeTitle));
		assertThat(cells).noneMatch((r) -> r.contains(ids.get(1)) || r.contains(ids.get(2)));
		var chapters = new ArrayList<List<Object>>();
		this.openData.stream()
			.flatMap((o) -> o.tables().stream())
			.filter((t) -> t.name().equals("review_study_chapters"))
			.findFirst()
			.orElseThrow()
			.rows()
			.accept(chapters::add);
		assertThat(chapters).anyMatch((r) -> r.get(0).equals(comparativeId) && r.get(1).equals("CN"));
	}

}
