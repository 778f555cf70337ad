package org.lccp.gatherings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * Two people never take the last seat: 50 members register at the same moment, on 50
 * threads with their own transactions against the real PostgreSQL, for the last 10 seats.
 */
@LccpTest
class ConcurrentRegistrationTest {

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

	@Test
	void fiftyConcurrentRegistrationsForTheLastTenSeatsConfirmTenAndWaitlistForty() throws Exception {
		var people = new TestAccounts(this.accounts);
		var id = aGathering().seats(15, 100).createWith(this.programme);
		for (int i = 0; i < 5; i++) {
			var early = people.create("Early " + i, Role.MEMBER);
			this.accounts.actingAs(early.id(),
					() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.IN_PERSON)));
		}
		var racers = new ArrayList<TestAccount>();
		for (int i = 0; i < 50; i++) {
			racers.add(people.create("Racer " + i, Role.MEMBER));
		}

		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			var results = new ArrayList<Future<RegistrationStatus>>();
			for (var racer : racers) {
				results.add(pool.submit(() -> {
					start.await();
					return this.accounts
						.actingAs(racer.id(),
								() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.IN_PERSON)))
						.status();
				}));
			}
			start.countDown();
			var statuses = new ArrayList<RegistrationStatus>();
			for (var result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.CONFIRMED).hasSize(10);
			assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.WAITLISTED).hasSize(40);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(count(id, "CONFIRMED")).isEqualTo(15);
		assertThat(count(id, "WAITLISTED")).isEqualTo(40);
		var figures = this.gatherings.figures(id);
		assertThat(figures.registeredInPerson()).isEqualTo(15);
		assertThat(figures.seatsLeftInPerson()).isZero();
		// The waiting list keeps the order of arrival: positions 1..40, each once.
		List<UUID> queue = this.jdbc.queryForList("""
				select id from gathering_registration where gathering_id = ? and status = 'WAITLISTED'
				order by registered_at, id""", UUID.class, id);
		assertThat(queue).hasSize(40).doesNotHaveDuplicates();
	}

	private Integer count(UUID id, String status) {
		return this.jdbc.queryForObject(
				"select count(*) from gathering_registration where gathering_id = ? and mode = 'IN_PERSON' and status = ?",
				Integer.class, id, status);
	}

}
