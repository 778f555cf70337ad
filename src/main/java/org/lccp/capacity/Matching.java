package org.lccp.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.experts.Availability;
import org.lccp.experts.ExpertSummary;
import org.lccp.experts.ExpertTool;

/**
 * Ranks offers for a need with the reasons. A plain weighted sum, so that each point of a
 * score can be explained to the people it concerns: topic overlap counts most (up to 50,
 * the share of the need's topics the offer covers), then the kind of assistance (20), a
 * shared language (15), the need's country being served (10) and overlapping availability
 * (5). An offer sharing no topic is never suggested: nothing else makes it relevant.
 * Experts of the roster are scored on the same scale: they post no kinds of assistance,
 * so their 20 points for the kind go to what they do offer — the tools they work with
 * that the need's topics call for (GPC inventories for an inventory need, and so on) —
 * and their availability counts in place of dates. Past feedback then moves a score by up
 * to 5 points either way: the average rating (1–5) of assistance the same provider
 * delivered before, 3 being neutral; without ratings nothing moves.
 */
final class Matching {

	static final int TOPIC = 50;

	static final int KIND = 20;

	static final int LANGUAGE = 15;

	static final int COUNTRY = 10;

	static final int TIME = 5;

	static final int FEEDBACK = 5;

	/** Tools that serve a topic, for experts' "kind" points. */
	private static final java.util.Map<String, Set<ExpertTool>> TOOLS_FOR_TOPIC = java.util.Map.of("GHG_INVENTORY",
			Set.of(ExpertTool.GPC_INVENTORY), "MITIGATION_PLANNING",
			Set.of(ExpertTool.ENERGY_MODELLING, ExpertTool.LOW_CARBON_CITY_INDEX), "ENERGY_EFFICIENCY",
			Set.of(ExpertTool.BUILDING_ENERGY_AUDIT, ExpertTool.ENERGY_MODELLING), "RENEWABLE_ENERGY",
			Set.of(ExpertTool.ENERGY_MODELLING), "LOW_CARBON_TRANSPORT", Set.of(ExpertTool.HEAT_PLUS, ExpertTool.GIS),
			"GIS_AND_DATA", Set.of(ExpertTool.GIS), "WASTE_MANAGEMENT", Set.of(ExpertTool.LIFE_CYCLE_ASSESSMENT));

	private Matching() {
	}

	/** A suggestion: the offer, its score out of 100, and one message key per reason. */
	record Suggestion(Views.Offer offer, int score, List<Reason> reasons) {
	}

	/** Why points were given, e.g. {@code capacity.reason.topics} with "2/3". */
	record Reason(String key, String argument) {
	}

	/** An expert suggested for a need, scored as offers are. */
	record ExpertSuggestion(ExpertSummary expert, int score, List<Reason> reasons) {
	}

	/** Ratings of a provider's delivered assistance: how many and their average. */
	record PastRatings(int count, double average) {

		static final PastRatings NONE = new PastRatings(0, 0);

	}

	static List<ExpertSuggestion> rankExperts(Views.Need need, List<ExpertSummary> experts,
			java.util.function.Function<UUID, PastRatings> ratings) {
		var out = new ArrayList<ExpertSuggestion>();
		for (var expert : experts) {
			var s = scoreExpert(need, expert, ratings.apply(expert.accountId()));
			if (s != null) {
				out.add(s);
			}
		}
		out.sort(Comparator.comparingInt(ExpertSuggestion::score)
			.reversed()
			.thenComparing((s) -> s.expert().name())
			.thenComparing((s) -> s.expert().id()));
		return out;
	}

	static @Nullable ExpertSuggestion scoreExpert(Views.Need need, ExpertSummary expert, PastRatings past) {
		Set<String> shared = new HashSet<>(need.topics());
		shared.retainAll(expert.topics().stream().map(Enum::name).toList());
		if (shared.isEmpty()) {
			return null;
		}
		var reasons = new ArrayList<Reason>();
		var score = TOPIC * shared.size() / need.topics().size();
		reasons.add(new Reason("capacity.reason.topics", shared.size() + "/" + need.topics().size()));
		var tools = new java.util.TreeSet<String>();
		for (var topic : shared) {
			for (var tool : TOOLS_FOR_TOPIC.getOrDefault(topic, Set.of())) {
				if (expert.tools().contains(tool)) {
					tools.add(tool.name());
				}
			}
		}
		if (!tools.isEmpty()) {
			score += KIND;
			reasons.add(new Reason("capacity.reason.tools", String.join(", ", tools)));
		}
		var languages = new java.util.TreeSet<>(need.languages());
		languages.retainAll(expert.languages());
		if (!languages.isEmpty()) {
			score += LANGUAGE;
			reasons.add(new Reason("capacity.reason.language", String.join(", ", languages)));
		}
		if (expert.countriesServed().isEmpty() || expert.countriesServed().contains(need.country())
				|| need.country().equals(expert.countryCode())) {
			score += COUNTRY;
			reasons.add(new Reason("capacity.reason.country", need.country()));
		}
		if (expert.availability() == Availability.AVAILABLE) {
			score += TIME;
			reasons.add(new Reason("capacity.reason.available", ""));
		}
		score = withFeedback(score, past, reasons);
		return new ExpertSuggestion(expert, score, reasons);
	}

	/**
	 * Moves a score by past ratings: (average − 3) / 2 × {@link #FEEDBACK}, rounded, kept
	 * within 0–100.
	 */
	static int withFeedback(int score, PastRatings past, List<Reason> reasons) {
		if (past.count() == 0) {
			return score;
		}
		var change = (int) Math.round((past.average() - 3) / 2 * FEEDBACK);
		reasons.add(new Reason("capacity.reason.feedback",
				String.format(java.util.Locale.ROOT, "%.1f", past.average()) + "/5 × " + past.count()));
		return Math.max(0, Math.min(100, score + change));
	}

	static List<Suggestion> rank(Views.Need need, List<Views.Offer> offers) {
		return rank(need, offers, (account) -> PastRatings.NONE);
	}

	static List<Suggestion> rank(Views.Need need, List<Views.Offer> offers,
			java.util.function.Function<UUID, PastRatings> ratings) {
		var out = new ArrayList<Suggestion>();
		for (var offer : offers) {
			var s = score(need, offer, offer.postedBy() == null ? PastRatings.NONE : ratings.apply(offer.postedBy()));
			if (s != null) {
				out.add(s);
			}
		}
		out.sort(Comparator.comparingInt(Suggestion::score)
			.reversed()
			.thenComparing((s) -> s.offer().createdAt())
			.thenComparing((s) -> s.offer().id()));
		return out;
	}

	static @Nullable Suggestion score(Views.Need need, Views.Offer offer) {
		return score(need, offer, PastRatings.NONE);
	}

	static @Nullable Suggestion score(Views.Need need, Views.Offer offer, PastRatings past) {
		Set<String> shared = new HashSet<>(need.topics());
		shared.retainAll(offer.topics());
		if (shared.isEmpty()) {
			return null;
		}
		var reasons = new ArrayList<Reason>();
		var score = TOPIC * shared.size() / need.topics().size();
		reasons.add(new Reason("capacity.reason.topics", shared.size() + "/" + need.topics().size()));
		if (offer.kinds().contains(need.kind())) {
			score += KIND;
			reasons.add(new Reason("capacity.reason.kind", need.kind()));
		}
		var languages = new HashSet<>(need.languages());
		languages.retainAll(offer.languages());
		if (!languages.isEmpty()) {
			score += LANGUAGE;
			reasons
				.add(new Reason("capacity.reason.language", String.join(", ", languages.stream().sorted().toList())));
		}
		if (offer.countries().isEmpty() || offer.countries().contains(need.country())) {
			score += COUNTRY;
			reasons.add(new Reason("capacity.reason.country", need.country()));
		}
		if (overlaps(need.wantedFrom(), need.wantedUntil(), offer.availableFrom(), offer.availableUntil())) {
			score += TIME;
			reasons.add(new Reason("capacity.reason.time", ""));
		}
		score = withFeedback(score, past, reasons);
		return new Suggestion(offer, score, reasons);
	}

	static boolean overlaps(@Nullable LocalDate from1, @Nullable LocalDate until1, @Nullable LocalDate from2,
			@Nullable LocalDate until2) {
		var startsBeforeOtherEnds = from1 == null || until2 == null || !from1.isAfter(until2);
		var otherStartsBeforeEnd = from2 == null || until1 == null || !from2.isAfter(until1);
		return startsBeforeOtherEnds && otherStartsBeforeEnd;
	}

}
