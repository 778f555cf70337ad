package org.lccp.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking and reasons on hand-made needs and offers, scores worked out by hand from the
 * weights (topics 50 × share, kind 20, language 15, country 10, dates 5).
 */
class MatchingTest {

	static Views.Need need(List<String> topics, String kind, List<String> languages, String country, LocalDate from,
			LocalDate until) {
		return new Views.Need(UUID.randomUUID(), "need", null, topics, null, kind, languages, country, null, null, from,
				until, "OPEN", null, null, Instant.parse("2026-01-01T00:00:00Z"), null, null);
	}

	static Views.Offer offer(String title, List<String> topics, List<String> kinds, List<String> languages,
			List<String> countries, LocalDate from, LocalDate until) {
		return new Views.Offer(UUID.randomUUID(), title, "provider", null, topics, kinds, languages, countries, from,
				until, false, "OPEN", null, null, Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Test
	void fullFitRanksFirstAndEveryPointHasAReason() {
		var n = need(List.of("GHG_INVENTORY", "GIS_AND_DATA"), "TRAINING", List.of("mn", "ru"), "MN",
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
		var full = offer("full", List.of("GHG_INVENTORY", "GIS_AND_DATA"), List.of("TRAINING"), List.of("ru"),
				List.of("MN"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		var half = offer("half", List.of("GHG_INVENTORY"), List.of("EXPERT_ADVICE"), List.of("en"), List.of("KR"),
				LocalDate.of(2027, 1, 1), null);
		var none = offer("none", List.of("WASTE_MANAGEMENT"), List.of("TRAINING"), List.of("mn"), List.of(), null,
				null);
		var ranked = Matching.rank(n, List.of(half, none, full));
		assertThat(ranked).extracting((s) -> s.offer().title()).containsExactly("full", "half");
		assertThat(ranked.get(0).score()).isEqualTo(100);
		assertThat(ranked.get(0).reasons()).extracting(Matching.Reason::key)
			.containsExactly("capacity.reason.topics", "capacity.reason.kind", "capacity.reason.language",
					"capacity.reason.country", "capacity.reason.time");
		assertThat(ranked.get(0).reasons().get(0).argument()).isEqualTo("2/2");
		assertThat(ranked.get(0).reasons().get(2).argument()).isEqualTo("ru");
		// one of two topics: 50 × 1/2 = 25; nothing else fits (dates start after the need
		// ends)
		assertThat(ranked.get(1).score()).isEqualTo(25);
		assertThat(ranked.get(1).reasons()).extracting(Matching.Reason::key).containsExactly("capacity.reason.topics");
	}

	@Test
	void offerServingAllCountriesAndOpenDatesCountsForCountryAndTime() {
		var n = need(List.of("ADAPTATION"), "WORKSHOP", List.of("en"), "RU", null, null);
		var open = offer("open", List.of("ADAPTATION", "CLIMATE_FINANCE"), List.of("TRAINING"), List.of("zh"),
				List.of(), null, null);
		var s = Matching.score(n, open);
		assertThat(s).isNotNull();
		assertThat(s.score()).isEqualTo(50 + 10 + 5);
	}

	@Test
	void periodsTouchingOnOneDayOverlap() {
		assertThat(
				Matching.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31), null))
			.isTrue();
		assertThat(
				Matching.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), null))
			.isFalse();
	}

}
