package org.lccp.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lccp.shared.domain.ActivityFigures;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's figures against records made here in a year no other test uses, each
 * compared with a count written independently in SQL over the same tables and with the
 * numbers of records made: members by type and country, new members, knowledge items by
 * kind and language, gatherings held and their participants (reported, or else checked
 * in), reviews and studies completed, recommendations implemented, matches proposed and
 * delivered with their participants.
 */
@LccpTest
// rows written straight into other modules' tables (a review of no real city, bare
// gatherings) stay in a database of their own, where no page walk of other tests meets
// them
@org.springframework.test.context.TestPropertySource(properties = "lccp.test.database=raw-rows")
// the report's figures are the secretariat's to count
@WithMockUser(roles = "SECRETARIAT")
class ReportFiguresTest {

	static final LocalDate FROM = LocalDate.of(1995, 1, 1);

	static final LocalDate TO = LocalDate.of(1995, 12, 31);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	static OffsetDateTime at(int month, int day) {
		return OffsetDateTime.of(1995, month, day, 10, 0, 0, 0, ZoneOffset.UTC);
	}

	long sql(String query) {
		return this.jdbc.sql(query).param("from", FROM).param("to", TO).query(Long.class).single();
	}

	@Test
	void everyFigureEqualsAnIndependentCountOfTheRecordsMadeInThePeriod() {
		Records.make(this.jdbc, 1995);

		var figures = this.reports.count(FROM, TO, Locale.ENGLISH)
			.stream()
			.collect(Collectors.toMap(ActivityFigures.Figure::key, (f) -> f));

		// members: the period's new ones are exactly those made here; totals as SQL
		// counts them
		var fresh = figures.get("members.new");
		assertThat(fresh.number()).isEqualTo(3)
			.isEqualTo(sql("select count(*) from institution where status = 'ACTIVE' and member_since between :from "
					+ "and :to"));
		assertThat(parts(fresh)).containsEntry("Local government", 2L).containsEntry("Research institution", 1L);
		assertThat(figures.get("members.byType").number()).isEqualTo(sql("select count(*) from institution where "
				+ "status = 'ACTIVE' and (member_since is null or member_since <= :to)"));
		assertThat(figures.get("members.byCountry").breakdown())
			.anySatisfy((p) -> assertThat(p.path()).isEqualTo("/members?country=MN"));
		// the suspended member and the one admitted after the period are not counted
		assertThat(figures.get("members.byType").number()).isEqualTo(sql("select count(*) from institution where "
				+ "status = 'ACTIVE' and (member_since is null or member_since <= '1995-12-31')"));

		var byKind = figures.get("knowledge.byKind");
		assertThat(byKind.number()).isEqualTo(3)
			.isEqualTo(sql("select count(*) from knowledge_item where status = 'PUBLISHED' and coalesce(published_on, "
					+ "(first_published_at at time zone 'UTC')::date) between :from and :to"));
		assertThat(parts(byKind)).containsEntry("Case studies", 2L).containsEntry("Publications", 1L);
		assertThat(byKind.breakdown()).anySatisfy((p) -> assertThat(p.path()).isEqualTo("/case-studies"));
		assertThat(parts(figures.get("knowledge.byLanguage"))).containsEntry("Монгол", 2L).containsEntry("中文", 1L);

		var held = figures.get("gatherings.held");
		assertThat(held.number()).isEqualTo(2)
			.isEqualTo(sql("select count(*) from gathering where not unconfirmed and ends_at < now() and "
					+ "(starts_at at time zone 'UTC')::date between :from and :to"));
		assertThat(held.breakdown()).extracting(ActivityFigures.Part::path)
			.contains("/gatherings?when=past&type=FORUM", "/gatherings?when=past&type=TRAINING");
		// the forum reports 150 in person and 300 online; the training counts its two
		// check-ins
		var people = figures.get("gatherings.participants");
		assertThat(people.breakdown()).extracting(ActivityFigures.Part::number).containsExactly(152L, 300L);
		assertThat(people.number()).isEqualTo(452);

		var completed = figures.get("reviews.completed");
		assertThat(completed.number()).isEqualTo(3)
			.isEqualTo(sql("select (select count(*) from review where status = 'PUBLISHED' and "
					+ "(published_at at time zone 'UTC')::date between :from and :to) + (select count(*) from "
					+ "review_study where status = 'PUBLISHED' and (published_at at time zone 'UTC')::date between "
					+ ":from and :to) + (select count(*) from review_comparative where status = 'PUBLISHED' and "
					+ "(published_at at time zone 'UTC')::date between :from and :to)"));
		assertThat(figures.get("reviews.recommendationsImplemented").number()).isEqualTo(1);

		var delivered = figures.get("capacity.delivered");
		assertThat(delivered.number()).isEqualTo(1)
			.isEqualTo(sql("select count(*) from capacity_match where status = 'DELIVERED' and "
					+ "(delivered_at at time zone 'UTC')::date between :from and :to"));
		assertThat(parts(delivered)).containsEntry("Training", 1L);
		assertThat(figures.get("capacity.proposed").number()).isEqualTo(2);
		var outcomes = figures.get("capacity.participants");
		assertThat(outcomes.number()).isEqualTo(24);
		assertThat(outcomes.breakdown().get(0).path()).startsWith("/capacity/needs/");
	}

	@Test
	void aPeriodWithoutRecordsCountsZeroEverywhere() {
		var figures = this.reports.count(LocalDate.of(1991, 1, 1), LocalDate.of(1991, 1, 31), Locale.ENGLISH);
		assertThat(figures).extracting(ActivityFigures.Figure::key)
			.contains("members.new", "knowledge.byKind", "gatherings.held", "reviews.completed", "capacity.delivered",
					"workplan.status");
		assertThat(figures).filteredOn((f) -> !f.key().startsWith("members.by"))
			.allSatisfy((f) -> assertThat(f.number()).as(f.key()).isZero());
	}

	static Map<String, Long> parts(ActivityFigures.Figure figure) {
		return figure.breakdown()
			.stream()
			.collect(Collectors.toMap(ActivityFigures.Part::label, ActivityFigures.Part::number));
	}

	/**
	 * Records of every counted kind in one year, written straight into the tables; those
	 * that must fall outside the year fall fifty years later, so that tests of other
	 * years sharing the database do not count them.
	 */
	static final class Records {

		private Records() {
		}

		static void make(JdbcClient jdbc, int year) {
			var t = (java.util.function.BiFunction<Integer, Integer, OffsetDateTime>) (m, d) -> OffsetDateTime.of(year,
					m, d, 10, 0, 0, 0, ZoneOffset.UTC);
			institution(jdbc, "LOCAL_GOVERNMENT", "MN", "ACTIVE", LocalDate.of(year, 3, 1));
			institution(jdbc, "LOCAL_GOVERNMENT", "RU", "ACTIVE", LocalDate.of(year, 6, 1));
			institution(jdbc, "RESEARCH_INSTITUTION", "MN", "ACTIVE", LocalDate.of(year, 12, 31));
			institution(jdbc, "NON_PROFIT", "KR", "SUSPENDED", LocalDate.of(year, 4, 1));
			institution(jdbc, "NON_PROFIT", "KR", "ACTIVE", LocalDate.of(year + 50, 1, 1));

			knowledge(jdbc, "CASE_STUDY", "PUBLISHED", "mn", null, t.apply(2, 1));
			knowledge(jdbc, "CASE_STUDY", "PUBLISHED", "mn", null, t.apply(11, 30));
			knowledge(jdbc, "PUBLICATION", "PUBLISHED", "zh", LocalDate.of(year, 5, 5), t.apply(1, 1).plusYears(50));
			knowledge(jdbc, "NEWS", "DRAFT", "en", null, t.apply(3, 3));
			knowledge(jdbc, "NEWS", "PUBLISHED", "en", null, t.apply(1, 1).plusYears(50));

			gathering(jdbc, "FORUM", t.apply(12, 6), 150, 300, false);
			var training = gathering(jdbc, "TRAINING", t.apply(9, 1), null, null, false);
			gathering(jdbc, "WORKSHOP", t.apply(10, 1), 10, 10, true);
			registration(jdbc, training, "IN_PERSON", true);
			registration(jdbc, training, "IN_PERSON", true);
			registration(jdbc, training, "IN_PERSON", false);

			var review = UUID.randomUUID();
			jdbc.sql("insert into review (id, city_id, status, created_at, published_at) values (:id, :city, "
					+ "'PUBLISHED', :at, :at)")
				.param("id", review)
				.param("city", UUID.randomUUID())
				.param("at", t.apply(7, 7))
				.update();
			jdbc.sql("insert into review (id, city_id, status, created_at) values (:id, :city, 'IN_REVIEW', :at)")
				.param("id", UUID.randomUUID())
				.param("city", UUID.randomUUID())
				.param("at", t.apply(7, 7))
				.update();
			jdbc.sql(
					"insert into review_study (id, city_id, requested_by, status, interests, created_at, published_at) "
							+ "values (:id, :city, :by, 'PUBLISHED', 'inventory', :at, :at)")
				.param("id", UUID.randomUUID())
				.param("city", UUID.randomUUID())
				.param("by", UUID.randomUUID())
				.param("at", t.apply(8, 8))
				.update();
			jdbc.sql("insert into review_comparative (id, title, year, status, created_at, published_at) values (:id, "
					+ "'Comparative', :year, 'PUBLISHED', :at, :at)")
				.param("id", UUID.randomUUID())
				.param("year", year)
				.param("at", t.apply(9, 9))
				.update();
			var recommendation = jdbc
				.sql("insert into review_recommendation (review_id, position, priority, text) values (:r, 1, 'HIGH', "
						+ "'Compile an inventory') returning id")
				.param("r", review)
				.query(Long.class)
				.single();
			jdbc.sql("insert into review_follow_up (recommendation_id, status, changed_by, changed_at) values (:id, "
					+ "'IN_PROGRESS', :by, :at), (:id, 'IMPLEMENTED', :by, :later)")
				.param("id", recommendation)
				.param("by", UUID.randomUUID())
				.param("at", t.apply(8, 1))
				.param("later", t.apply(10, 1))
				.update();

			var need = need(jdbc, "TRAINING", t.apply(2, 2));
			var other = need(jdbc, "EXPERT_ADVICE", t.apply(2, 2));
			var offer = UUID.randomUUID();
			jdbc.sql(
					"insert into capacity_offer (id, title, provider, topics, kinds, languages, countries, cost_shared, "
							+ "status, created_at) values (:id, 'Course', 'Institute', '{GHG_INVENTORY}', '{TRAINING}', '{mn}', "
							+ "'{MN}', false, 'OPEN', :at)")
				.param("id", offer)
				.param("at", t.apply(2, 2))
				.update();
			jdbc.sql("insert into capacity_match (id, need_id, offer_id, score, status, need_accepted, offer_accepted, "
					+ "participants, outcome, proposed_at, delivered_at) values (:id, :need, :offer, 90, 'DELIVERED', "
					+ "true, true, 24, 'Staff compiled the inventory', :at, :done)")
				.param("id", UUID.randomUUID())
				.param("need", need)
				.param("offer", offer)
				.param("at", t.apply(3, 3))
				.param("done", t.apply(6, 6))
				.update();
			jdbc.sql(
					"insert into capacity_match (id, need_id, offer_id, score, status, proposed_at) values (:id, :need, "
							+ ":offer, 50, 'PROPOSED', :at)")
				.param("id", UUID.randomUUID())
				.param("need", other)
				.param("offer", offer)
				.param("at", t.apply(3, 3))
				.update();
		}

		static void institution(JdbcClient jdbc, String type, String country, String status, LocalDate since) {
			var name = "Report test institution " + UUID.randomUUID();
			jdbc.sql("insert into institution (id, name_original, name_english, name_normalised, type, country, "
					+ "description, status, member_since, created_at) values (:id, :n, :n, :n, :type, :country, 'test', "
					+ ":status, :since, now())")
				.param("id", UUID.randomUUID())
				.param("n", name)
				.param("type", type)
				.param("country", country)
				.param("status", status)
				.param("since", since)
				.update();
		}

		static void knowledge(JdbcClient jdbc, String kind, String status, String language, LocalDate publishedOn,
				OffsetDateTime firstPublished) {
			var id = UUID.randomUUID();
			jdbc.sql("insert into knowledge_item (id, kind, status, original_language, published_on, "
					+ "first_published_at, published_at, created_at, updated_at) values (:id, :kind, :status, :l, :on, "
					+ ":first, :first, :first, :first)")
				.param("id", id)
				.param("kind", kind)
				.param("status", status)
				.param("l", language)
				.param("on", publishedOn)
				.param("first", firstPublished)
				.update();
			// every item has its text in its original language; other tests on this
			// database read the items these rows make
			jdbc.sql("insert into knowledge_translation (item_id, language, title, summary, status) "
					+ "values (:id, :l, :title, 'Counted by the report test.', 'ORIGINAL')")
				.param("id", id)
				.param("l", language)
				.param("title", "Report test " + kind + " " + id)
				.update();
		}

		static UUID gathering(JdbcClient jdbc, String type, OffsetDateTime start, Integer inPerson, Integer online,
				boolean unconfirmed) {
			var id = UUID.randomUUID();
			jdbc.sql(
					"insert into gathering (id, title, type, format, starts_at, ends_at, time_zone, reported_in_person, "
							+ "reported_online, unconfirmed, created_at) values (:id, :title, :type, 'HYBRID', :start, :end, "
							+ "'UTC', :p, :o, :u, now())")
				.param("id", id)
				.param("title", "Report test " + type)
				.param("type", type)
				.param("start", start)
				.param("end", start.plusHours(8))
				.param("p", inPerson)
				.param("o", online)
				.param("u", unconfirmed)
				.update();
			return id;
		}

		static void registration(JdbcClient jdbc, UUID gathering, String mode, boolean checkedIn) {
			jdbc.sql("insert into gathering_registration (id, gathering_id, account_id, name, email, mode, status, "
					+ "registered_at, checked_in_at) values (:id, :g, :a, 'Participant', 'p@test.lccp.example', :mode, "
					+ "'CONFIRMED', now(), :checked)")
				.param("id", UUID.randomUUID())
				.param("g", gathering)
				.param("a", UUID.randomUUID())
				.param("mode", mode)
				.param("checked", checkedIn ? OffsetDateTime.now(ZoneOffset.UTC) : null)
				.update();
		}

		static UUID need(JdbcClient jdbc, String kind, OffsetDateTime at) {
			var id = UUID.randomUUID();
			jdbc.sql(
					"insert into capacity_need (id, title, topics, kind, languages, country, status, created_at) values "
							+ "(:id, :title, '{GHG_INVENTORY}', :kind, '{mn}', 'MN', 'OPEN', :at)")
				.param("id", id)
				.param("title", "GHG inventory training " + kind)
				.param("kind", kind)
				.param("at", at)
				.update();
			return id;
		}

	}

}
