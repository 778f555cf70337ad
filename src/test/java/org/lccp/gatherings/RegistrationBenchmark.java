package org.lccp.gatherings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lccp.LccpApplication;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.TestAccountCreation;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * Registrations per second under contention for one gathering, with no seat oversold. Not
 * a JUnit test: run it with {@code bench/gatherings-registrations.sh}. It starts the
 * platform against a fresh database on an embedded PostgreSQL (as the tests do), creates
 * the members, then for each thread count lets every member register at once for one
 * gathering with fewer seats than members, through the facade (the same transaction a web
 * request runs: lock, count, insert, audit, mail). After each round it checks in the
 * database that exactly the seats were confirmed and everyone else waitlisted.
 *
 * <p>
 * Arguments: members per round (default 400), seats (default 50), thread counts (default
 * 1,4,16,64), rounds per thread count (default 3).
 */
public final class RegistrationBenchmark {

	private RegistrationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int members = args.length > 0 ? Integer.parseInt(args[0]) : 400;
		int seats = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		var threadCounts = args.length > 2 ? parse(args[2]) : List.of(1, 4, 16, 64);
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

		var context = new SpringApplicationBuilder(LccpApplication.class).initializers(new TestDatabase.Initializer())
			.properties("server.port=0", "logging.level.root=warn", "logging.level.org.lccp=warn")
			.run();
		try {
			var accounts = context.getBean(AccountManagement.class);
			var programme = context.getBean(GatheringProgramme.class);
			var registrations = context.getBean(GatheringRegistrations.class);
			var jdbc = context.getBean(JdbcTemplate.class);
			var pool = context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10");

			var ids = new ArrayList<UUID>();
			for (int i = 0; i < members; i++) {
				ids.add(TestAccountCreation
					.createVerified(accounts, "bench." + i + "." + UUID.randomUUID() + "@bench.lccp.example",
							"Bench-" + UUID.randomUUID(), "Bench member " + i, Language.EN, Role.MEMBER)
					.id());
			}
			System.out.printf(Locale.ROOT, "%d members, %d seats per gathering, connection pool %s, %d cores%n",
					members, seats, pool, Runtime.getRuntime().availableProcessors());
			System.out.println("threads  round  seconds  registrations/s  confirmed  waitlisted  oversold");
			for (var threads : threadCounts) {
				for (int round = 1; round <= rounds; round++) {
					var gathering = aGathering().seats(seats, null).createWith(programme);
					var start = new CountDownLatch(1);
					var executor = Executors.newFixedThreadPool(threads);
					var results = new ArrayList<Future<?>>();
					for (var member : ids) {
						results.add(executor.submit(() -> {
							start.await();
							return accounts.actingAs(member, () -> registrations.register(gathering,
									RegistrationAnswers.of(AttendanceMode.IN_PERSON)));
						}));
					}
					var began = System.nanoTime();
					start.countDown();
					for (var result : results) {
						result.get();
					}
					var seconds = (System.nanoTime() - began) / 1e9;
					executor.shutdown();
					var confirmed = count(jdbc, gathering, "CONFIRMED");
					var waitlisted = count(jdbc, gathering, "WAITLISTED");
					var oversold = Math.max(0, confirmed - seats);
					System.out.printf(Locale.ROOT, "%7d  %5d  %7.2f  %15.0f  %9d  %10d  %8d%n", threads, round, seconds,
							members / seconds, confirmed, waitlisted, oversold);
					if (confirmed != seats || waitlisted != members - seats) {
						throw new IllegalStateException("Seat rule broken: " + confirmed + " confirmed, " + waitlisted
								+ " waitlisted for " + seats + " seats");
					}
				}
			}
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static int count(JdbcTemplate jdbc, UUID gathering, String status) {
		return jdbc.queryForObject(
				"select count(*) from gathering_registration where gathering_id = ? and mode = 'IN_PERSON' and status = ?",
				Integer.class, gathering, status);
	}

	private static List<Integer> parse(String list) {
		var values = new ArrayList<Integer>();
		for (var part : list.split(",")) {
			values.add(Integer.parseInt(part.strip()));
		}
		return values;
	}

}
