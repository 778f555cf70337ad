package org.lccp.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 13's suggestion benchmark on generated data: ranking 10,000 listed experts plus
 * the focal points of the 10 cities most like the host (as benchmarking's peer finder
 * returns them from 10,000 cities; that search is measured by bench/benchmarking) for one
 * review, with the exclusions of the conflict rules and the reasons of the shown eight,
 * on one thread. In the review package so that it calls the ranking the pages call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuggestionsBenchmark {

	static final String[] TOPICS = { "GHG_INVENTORY", "MITIGATION_PLANNING", "ADAPTATION", "ENERGY_EFFICIENCY",
			"RENEWABLE_ENERGY", "LOW_CARBON_TRANSPORT", "WASTE_MANAGEMENT", "CLIMATE_FINANCE", "GIS_AND_DATA",
			"HEALTH_AND_CLIMATE" };

	static final String[] SECTORS = { "ENERGY_SUPPLY", "BUILDINGS", "TRANSPORT", "WASTE", "WATER", "INDUSTRY",
			"LAND_USE_GREEN_SPACE", "DISASTER_RISK_REDUCTION", "FINANCE", "GOVERNANCE" };

	static final String[] LANGUAGES = { "en", "zh", "ja", "ko", "ru", "mn" };

	static final String[] COUNTRIES = { "CN", "JP", "KR", "MN", "RU", "KP" };

	@Param({ "10000" })
	int experts;

	List<Suggestions.Candidate> candidates;

	List<Suggestions.Wanted> requests;

	int next;

	@Setup
	public void setUp() {
		var random = new Random(13);
		this.candidates = new ArrayList<>();
		for (var i = 0; i < this.experts; i++) {
			this.candidates.add(new Suggestions.Candidate(new UUID(13, i), "Expert " + i,
					"Institute " + random.nextInt(2_000), Suggestions.Kind.EXPERT, some(TOPICS, 1 + random.nextInt(3), random),
					some(SECTORS, random.nextInt(3), random), some(LANGUAGES, 1 + random.nextInt(2), random),
					random.nextInt(3) == 0 ? Set.of() : some(COUNTRIES, 1 + random.nextInt(2), random),
					random.nextInt(10) == 0 ? 1 + random.nextInt(4) : 0, null, 0));
		}
		// the focal points of the ten most similar cities, two each
		for (var rank = 0; rank < 10; rank++) {
			for (var f = 0; f < 2; f++) {
				this.candidates.add(new Suggestions.Candidate(new UUID(14, rank * 2 + f), "Peer " + rank + "-" + f,
						"City government " + rank, Suggestions.Kind.PEER, Set.of(), Set.of(),
						Set.of(LANGUAGES[random.nextInt(LANGUAGES.length)]), Set.of(), random.nextInt(2), "City " + rank,
						rank));
			}
		}
		// different reviews: host country, the topics and sectors their scopes name, the
		// languages asked for, and who the conflict rules keep out
		this.requests = new ArrayList<>();
		for (var r = 0; r < 64; r++) {
			var topics = new HashSet<String>(Set.of("GHG_INVENTORY", "MITIGATION_PLANNING"));
			topics.addAll(some(TOPICS, random.nextInt(2), random));
			var excluded = new HashSet<UUID>();
			for (var e = 0; e < 20; e++) {
				excluded.add(new UUID(13, random.nextInt(this.experts)));
			}
			var institutions = new HashSet<String>();
			for (var e = 0; e < 5; e++) {
				institutions.add(Suggestions.normalised("Institute " + random.nextInt(2_000)));
			}
			this.requests.add(new Suggestions.Wanted(COUNTRIES[random.nextInt(COUNTRIES.length)], topics,
					some(SECTORS, 1 + random.nextInt(2), random), some(LANGUAGES, 1 + random.nextInt(2), random),
					excluded, institutions));
		}
	}

	static Set<String> some(String[] values, int n, Random random) {
		var chosen = new HashSet<String>();
		while (chosen.size() < n) {
			chosen.add(values[random.nextInt(values.length)]);
		}
		return chosen;
	}

	@Benchmark
	public List<Suggestions.Suggestion> rankForOneReview() {
		var wanted = this.requests.get(this.next++ & 63);
		return Suggestions.rank(wanted, this.candidates, ReviewerSuggestions.SHOWN);
	}

}
