package org.lccp.gatherings;

import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The calendar feed and lists count registrations of all their gatherings in one grouped
 * query instead of one query per gathering. PostgreSQL's own per-transaction counters
 * tell how often the registrations table was read, whatever else the application does
 * meanwhile.
 */
@LccpTest
class CalendarFeedQueriesTest {

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	GatheringRegistrations registrations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	@Test
	void theFeedReadsTheRegistrationsOnceForAllItsGatherings() {
		var member = new TestAccounts(this.accounts).create("Feed member", Role.MEMBER);
		var ids = new ArrayList<UUID>();
		for (int i = 0; i < 5; i++) {
			var id = aGathering().createWith(this.programme);
			this.accounts.actingAs(member.id(),
					() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE)));
			ids.add(id);
		}

		var reads = new TransactionTemplate(this.transactions).execute((tx) -> {
			var before = registrationReads();
			var feed = this.gatherings.feed(500);
			assertThat(feed).hasSizeGreaterThanOrEqualTo(5);
			for (var g : feed) {
				if (ids.contains(g.summary().id())) {
					assertThat(g.summary().figures().registeredOnline()).isOne();
					assertThat(g.summary().figures().seatsLeftOnline()).isEqualTo(49);
				}
			}
			var calendar = this.gatherings.calendar(false, GatheringManagement.Filter.none(), 0, 100);
			assertThat(calendar.getContent()).hasSizeGreaterThanOrEqualTo(5);
			return registrationReads() - before;
		});
		assertThat(reads).as("one grouped read for the feed and one for the calendar page").isLessThanOrEqualTo(2);

		var ics = new WebSession(this.port).get("/gatherings/calendar.ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.body()).contains("BEGIN:VCALENDAR");
	}

	/** Scans of the registrations table in the current transaction so far. */
	private long registrationReads() {
		return this.jdbc.queryForObject("""
				select coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)
				from pg_stat_xact_user_tables where relname = 'gathering_registration'""", Long.class);
	}

}
