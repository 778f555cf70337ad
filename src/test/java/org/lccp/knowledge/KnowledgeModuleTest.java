package org.lccp.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.TargetRegistry;
import org.lccp.files.FileStore;
import org.lccp.files.StoredFile;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.programme.Stewardship;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * The knowledge hub on its own (cities and the city registry, files, gatherings,
 * accounts, audit log and the programme's stewardship stand in as mocks), through the
 * door other modules use: a document the secretariat hands over becomes a published
 * publication whose text is escaped and links back to its source, and anyone else's
 * hand-over leaves nothing behind.
 */
@ModuleTest
class KnowledgeModuleTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	TargetRegistry targets;

	@MockitoBean
	FileStore files;

	@MockitoBean
	GatheringManagement gatherings;

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Stewardship stewardship;

	@MockitoBean
	CityRegistry registry;

	private final HubPublications hub;

	private final KnowledgeManagement knowledge;

	private final JdbcTemplate jdbc;

	KnowledgeModuleTest(HubPublications hub, KnowledgeManagement knowledge, JdbcTemplate jdbc) {
		this.hub = hub;
		this.knowledge = knowledge;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void theFileStoreKeepsPdfs() {
		given(this.files.store(anyString(), any(), any())).willAnswer((call) -> new StoredFile(UUID.randomUUID(),
				call.getArgument(0), "application/pdf", 4, "sha", false, null, Instant.EPOCH));
	}

	@Test
	void aDocumentTheSecretariatHandsOverIsPublishedWithALinkToItsSource() {
		var review = UUID.randomUUID();

		var id = SignedIn.account("Secretariat officer")
			.as(() -> this.hub.publish(document("Peer review of Ulaanbaatar <2026>", "/reviews/" + review)),
					Role.SECRETARIAT);

		var published = this.knowledge.publishedItem(ContentKind.PUBLICATION, id, Locale.ENGLISH);
		assertThat(published.status()).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(published.title()).isEqualTo("Peer review of Ulaanbaatar <2026>");
		assertThat(published.body()).contains("District heating &lt;reform&gt; comes first.")
			.contains("href=\"/reviews/" + review + "\"");
		assertThat(published.publicationKind()).isEqualTo(PublicationKind.REPORT);
	}

	@Test
	void aHandOverByAMemberIsRefusedAndLeavesNothing() {
		var before = this.jdbc.queryForObject("select count(*) from knowledge_item", Long.class);

		SignedIn.account("Member")
			.run(() -> assertThatThrownBy(() -> this.hub.publish(document("Unasked report", "/reviews/x")))
				.isInstanceOf(AccessDeniedException.class), Role.MEMBER);

		assertThat(this.jdbc.queryForObject("select count(*) from knowledge_item", Long.class)).isEqualTo(before);
	}

	private static HubPublications.Document document(String title, String source) {
		return new HubPublications.Document("en", title, "What the reviewers found.",
				List.of("District heating <reform> comes first."), PublicationKind.REPORT, 2026, "Review team",
				"NEASPEC", List.of(), List.of("MN"), source, "The review", "review.pdf", new byte[] { 37, 80, 68, 70 });
	}

}
