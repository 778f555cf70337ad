package org.lccp.review;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.membership.ApplicationDetails;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;
import org.lccp.support.WebSession.Upload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTP: a published review's report becomes a publication of the knowledge hub
 * (searchable, listed, with its PDF, linked both ways, on the city profile); the files of
 * a review follow the visibility of their step and a reviewer's private file never
 * reaches the host or the public; people of a member institution in the host city stay
 * off the team; public studies reach the hub, members-only ones do not.
 */
@LccpTest
class ReviewPublicationAndFilesWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	MembershipManagement membership;

	@Autowired
	JdbcClient db;

	@Autowired
	List<org.lccp.shared.domain.PastWork> pastWork;

	UUID city;

	String cityName;

	TestAccount focal;

	TestAccount secretary;

	TestAccount lead;

	TestAccount reviewer;

	@BeforeEach
	void cityAndPeople() {
		this.cityName = "Publication test city " + UUID.randomUUID();
		this.city = this.cities.registerCity(new CityDetails("KR", null, this.cityName, null, null, null, null, null,
				null, AdminLevel.values()[0], null, null, "test"));
		var accounts = new TestAccounts(this.accountManagement);
		this.focal = accounts.create("Host focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, this.focal.id());
		this.secretary = accounts.create("Publishing secretary", Role.SECRETARIAT);
		this.lead = accounts.create("Lead reviewer", Role.EXPERT);
		this.reviewer = accounts.create("Peer reviewer", Role.CITY_FOCAL_POINT);
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	UUID fileId(UUID review, String name) {
		return this.db.sql("select file_id from review_file where review_id = :r and name = :n")
			.param("r", review)
			.param("n", name)
			.query(UUID.class)
			.single();
	}

	@Test
	void aPublishedReviewIsAPublicationOfTheHubFoundBySearchAndItsPrivateFilesStayWithTheTeam() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var visitor = new WebSession(this.port);
		var word = "Quokkabus" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");

		var requested = host.postMultipart("/cities/" + this.city + "/reviews",
				List.of(new Upload("documents", "city-plan.pdf", "application/pdf", SampleFiles.pdf())), "scope",
				"Whole plan", "languages", "ko, en");
		assertThat(requested.status()).as(requested.body()).isEqualTo(302);
		var id = UUID.fromString(requested.location().replaceAll(".*/reviews/", ""));
		var plan = fileId(id, "city-plan.pdf");
		var planPath = "/reviews/" + id + "/files/" + plan;
		assertThat(host.get("/reviews/" + id).html().select(".review-documents a").attr("href")).isEqualTo(planPath);
		assertThat(host.download(planPath).status()).isEqualTo(200);
		// a draft's file is unknown outside its parties, also at the file store's address
		assertThat(visitor.download(planPath).status()).isEqualTo(404);
		assertThat(visitor.download("/files/" + plan + "/city-plan.pdf").status()).isEqualTo(404);
		assertThat(as(this.lead).download(planPath).status()).isEqualTo(404);

		secretariat.post("/reviews/" + id + "/decision", "decision", "accept");
		secretariat.post("/reviews/" + id + "/members", "email", this.lead.email(), "lead", "true");
		secretariat.post("/reviews/" + id + "/members", "email", this.reviewer.email());
		as(this.lead).post("/reviews/" + id + "/invitation", "answer", "accept");
		as(this.reviewer).post("/reviews/" + id + "/invitation", "answer", "accept");
		var leadSession = as(this.lead);
		var reviewerSession = as(this.reviewer);
		assertThat(leadSession.download(planPath).status()).isEqualTo(200);

		assertThat(host
			.postMultipart("/reviews/" + id + "/self-assessment",
					List.of(new Upload("evidenceFile", "council-decision.docx", "application/octet-stream",
							SampleFiles.docx())),
					"criterion", "1", "score", "4", "narrative", "Base year adopted")
			.status()).isEqualTo(302);
		assertThat(
				reviewerSession
					.postMultipart("/reviews/" + id + "/assessments",
							List.of(new Upload("evidenceFile", "my-private-notes.pdf", "application/pdf",
									SampleFiles.pdf())),
							"criterion", "1", "score", "3", "finding", "Baseline stated", "evidencePrivate", "true")
					.status())
			.isEqualTo(302);
		assertThat(leadSession
			.postMultipart("/reviews/" + id + "/assessments",
					List.of(new Upload("evidenceFile", "site-visit.pdf", "application/pdf", SampleFiles.pdf())),
					"criterion", "1", "score", "3", "finding", "Inventory kept yearly")
			.status()).isEqualTo(302);
		// an executable as evidence is refused with the reason, and the score is not kept
		var refused = leadSession.postMultipart("/reviews/" + id + "/assessments",
				List.of(new Upload("evidenceFile", "tool.pdf", "application/pdf", SampleFiles.elf())), "criterion", "2",
				"score", "2", "finding", "Should not be stored");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".field-error").text()).isNotBlank();
		assertThat(this.db.sql("select count(*) from review_assessment where review_id = :id and position = 2")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();

		var privatePath = "/reviews/" + id + "/files/" + fileId(id, "my-private-notes.pdf");
		var sitePath = "/reviews/" + id + "/files/" + fileId(id, "site-visit.pdf");
		var selfPath = "/reviews/" + id + "/files/" + fileId(id, "council-decision.docx");
		assertThat(leadSession.get("/reviews/" + id).html().select(".review-assessment-files").text())
			.contains("my-private-notes.pdf")
			.contains("site-visit.pdf");
		assertThat(leadSession.download(privatePath).status()).isEqualTo(200);
		assertThat(leadSession.download(selfPath).status()).isEqualTo(200);
		// the host sees no reviewer's file while the team works
		assertThat(host.get("/reviews/" + id).body()).doesNotContain("my-private-notes.pdf")
			.doesNotContain("site-visit.pdf");
		assertThat(host.download(sitePath).status()).isEqualTo(404);
		assertThat(host.download(privatePath).status()).isEqualTo(404);

		leadSession.post("/reviews/" + id + "/team-findings", "criterion", "1", "score", "3", "finding",
				"Baseline is sound");
		leadSession.post("/reviews/" + id + "/recommendations", "criterion", "3", "priority", "HIGH", "text",
				"Create a " + word + " fund for electric buses");
		assertThat(secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2999-12-31").status())
			.isEqualTo(302);
		// at the reply stage the host reads the shared evidence, never the private file
		assertThat(host.get("/reviews/" + id).body()).contains("site-visit.pdf").doesNotContain("my-private-notes");
		assertThat(host.download(sitePath).status()).isEqualTo(200);
		assertThat(host.download(privatePath).status()).isEqualTo(404);
		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		host.post("/reviews/" + id + "/recommendations/" + rec + "/reply", "answer", "ACCEPTED");
		host.post("/reviews/" + id + "/team-findings/1/reply", "answer", "ACCEPTED");
		assertThat(this.db
			.sql("select count(*) from knowledge_item where id in"
					+ " (select publication_id from review where id = :id)")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(secretariat.post("/reviews/" + id + "/publish").status()).isEqualTo(302);

		// the report reaches the hub in reaction to ReviewPublished, after the commit
		var publication = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.db.sql("select publication_id from review where id = :id and publication_id is not null")
				.param("id", id)
				.query(UUID.class)
				.optional()
				.orElse(null), Objects::nonNull);
		var publicationPath = "/publications/" + publication;
		// review → publication, publication → review
		assertThat(visitor.get("/reviews/" + id).html().select("a.review-publication").attr("href"))
			.isEqualTo(publicationPath);
		var publicationPage = visitor.get(publicationPath);
		assertThat(publicationPage.status()).isEqualTo(200);
		assertThat(publicationPage.html().select("a[href=/reviews/" + id + "]")).isNotEmpty();
		// written in Korean, the review's first language
		assertThat(publicationPage.body()).contains(this.cityName);
		var pdf = visitor.download(publicationPath + "/file");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// found by search, listed, in the open API and on the city's profile
		// the search index follows the report's own transaction a moment later
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> visitor.get("/search?q=" + word).body().contains(publicationPath));
		assertThat(visitor.get("/search?q=" + word).body()).contains(publicationPath);
		assertThat(visitor.get("/publications").body()).contains(publicationPath);
		assertThat(visitor.get("/api/v1/publications?size=100").body()).contains(publication.toString());
		assertThat(visitor.get("/cities/" + this.city).html().select("a.review-panel-publication").attr("href"))
			.isEqualTo(publicationPath);

		// once published: shared files for everyone, the private one for the team only
		assertThat(visitor.download(sitePath).status()).isEqualTo(200);
		assertThat(visitor.download(planPath).status()).isEqualTo(200);
		assertThat(visitor.download(privatePath).status()).isEqualTo(404);
		assertThat(host.download(privatePath).status()).isEqualTo(404);
		assertThat(visitor.get("/reviews/" + id).body()).doesNotContain("my-private-notes");
		assertThat(reviewerSession.download(privatePath).status()).isEqualTo(200);
		// the review counts as past work of its reviewers (the roster shows it), not of
		// the host
		var leadWork = this.pastWork.stream()
			.flatMap((p) -> p.of(this.lead.id(), java.util.Locale.ENGLISH).stream())
			.toList();
		assertThat(leadWork).anyMatch((w) -> w.path().equals("/reviews/" + id)
				&& w.kindKey().equals("review.pastWork.review") && w.title().contains(this.cityName));
		assertThat(this.pastWork.stream().flatMap((p) -> p.of(this.focal.id(), java.util.Locale.ENGLISH).stream()))
			.noneMatch((w) -> w.path().equals("/reviews/" + id));
		assertThat(this.db
			.sql("select count(*) from audit_entry where record_type = 'Review' and record_id = :id"
					+ " and action in ('add-file', 'publish')")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aRequestWithAFileOfARefusedKindIsRefusedWholeAndNothingIsKept() {
		var host = as(this.focal);
		var refused = host.postMultipart("/cities/" + this.city + "/reviews",
				List.of(new Upload("documents", "plan.pdf", "application/pdf", SampleFiles.elf())), "scope",
				"Whole plan", "languages", "en");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#documents-error").text()).isNotBlank();
		assertThat(refused.html().select("#scope").attr("value")).isEqualTo("Whole plan");
		assertThat(this.db.sql("select count(*) from review where city_id = :c")
			.param("c", this.city)
			.query(Long.class)
			.single()).isZero();
		// adding a document needs a file, and only the host adds one
		var id = UUID.fromString(host.post("/cities/" + this.city + "/reviews", "scope", "Energy", "languages", "en")
			.location()
			.replaceAll(".*/reviews/", ""));
		assertThat(host.postMultipart("/reviews/" + id + "/documents", List.of()).html().select(".field-error").text())
			.contains("Choose a file");
		assertThat(as(this.reviewer)
			.postMultipart("/reviews/" + id + "/documents",
					List.of(new Upload("file", "x.pdf", "application/pdf", SampleFiles.pdf())))
			.status()).isEqualTo(403);
	}

	@Test
	void nobodyFromAMemberInstitutionOfTheHostCityJoinsTheTeam() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var institutionName = "Host Climate Centre " + UUID.randomUUID();
		var institution = this.membership.registerExistingMember(
				new ApplicationDetails(institutionName, institutionName, InstitutionType.RESEARCH_INSTITUTION, "KR",
						this.cityName, null, "Climate research", Set.of(), Set.of(), "Contact", null,
						"contact@example.org", null, true, null),
				LocalDate.of(2024, 1, 1), "Registered by ReviewPublicationAndFilesWebTest");
		assertThat(institution).isNotNull();
		var accounts = new TestAccounts(this.accountManagement);
		var local = accounts.create("Local expert", Role.EXPERT);
		var elsewhere = accounts.create("Expert from elsewhere", Role.EXPERT);
		this.accountManagement.actingAs(this.secretary.id(), () -> {
			this.accountManagement.setAffiliation(local.id(), institutionName.toUpperCase(java.util.Locale.ROOT));
			this.accountManagement.setAffiliation(elsewhere.id(), "Another Institute");
			return null;
		});

		var id = UUID.fromString(host.post("/cities/" + this.city + "/reviews", "scope", "Energy", "languages", "en")
			.location()
			.replaceAll(".*/reviews/", ""));
		secretariat.post("/reviews/" + id + "/decision", "decision", "accept");
		var refused = secretariat.post("/reviews/" + id + "/members", "email", local.email());
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#member-error").text()).contains(institutionName)
			.contains("member institution in the host city");
		assertThat(this.db.sql("select count(*) from review_member where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", elsewhere.email()).status()).isEqualTo(302);
	}

	@Test
	void aPublicStudyReachesTheHubWithItsDocumentAndAMembersOnlyOneDoesNot() {
		var accounts = new TestAccounts(this.accountManagement);
		var expertAccount = accounts.create("Study expert", Role.EXPERT);
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var visitor = new WebSession(this.port);
		var paths = new java.util.ArrayList<String>();
		for (var visibility : List.of("PUBLIC", "MEMBERS")) {
			var created = host.post("/cities/" + this.city + "/studies", "interests", "Heating " + visibility);
			var path = created.location().replaceFirst("^https?://[^/]+", "");
			secretariat.post(path + "/experts", "email", expertAccount.email());
			var expert = as(expertAccount);
			assertThat(
					expert
						.postMultipart(path + "/delivery",
								List.of(new Upload("document", "study-" + visibility + ".pdf", "application/pdf",
										SampleFiles.pdf())),
								"findings", "Coal heating dominates " + visibility, "options", "Insulation")
						.status())
				.isEqualTo(302);
			var documentPath = expert.get(path).html().select(".study-files a").attr("href");
			assertThat(documentPath).startsWith(path + "/files/");
			assertThat(visitor.download(documentPath).status()).isEqualTo(404);
			assertThat(host.download(documentPath).status()).isEqualTo(200);
			host.post(path + "/comment", "comment", "Thank you", "visibility", visibility);
			assertThat(secretariat.post(path + "/publish").status()).isEqualTo(302);
			paths.add(path);
		}
		var publicId = UUID.fromString(paths.get(0).substring("/studies/".length()));
		var publication = this.db.sql("select publication_id from review_study where id = :id")
			.param("id", publicId)
			.query(UUID.class)
			.single();
		assertThat(visitor.get(paths.get(0)).html().select("a.study-publication").attr("href"))
			.isEqualTo("/publications/" + publication);
		assertThat(visitor.get("/publications/" + publication).html().select("a[href=" + paths.get(0) + "]"))
			.isNotEmpty();
		assertThat(visitor.download("/publications/" + publication + "/file").status()).isEqualTo(200);
		var membersOnly = UUID.fromString(paths.get(1).substring("/studies/".length()));
		assertThat(this.db.sql("select publication_id from review_study where id = :id")
			.param("id", membersOnly)
			.query(UUID.class)
			.optional()).isEmpty();
	}

	@Test
	void aPublishedComparativeStudyIsAPublicationOfTheHub() {
		var secretariat = as(this.secretary);
		var title = "Comparative hub test " + UUID.randomUUID();
		var path = secretariat.post("/comparative-studies", "title", title, "year", "2024", "partners", "IGES")
			.location()
			.replaceFirst("^https?://[^/]+", "");
		secretariat.post(path + "/chapters", "country", "KR", "text", "Low-carbon green growth cities");
		assertThat(secretariat.post(path + "/publish").status()).isEqualTo(302);
		var visitor = new WebSession(this.port);
		var link = visitor.get(path).html().select("a.comparative-publication").attr("href");
		assertThat(link).startsWith("/publications/");
		var page = visitor.get(link);
		assertThat(page.body()).contains(title);
		assertThat(page.html().select("a[href=" + path + "]")).isNotEmpty();
		assertThat(visitor.download(link + "/file").status()).isEqualTo(200);
	}

}
