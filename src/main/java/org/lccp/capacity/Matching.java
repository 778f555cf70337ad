package org.lccp.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Ranks offers for a need with the reasons. A plain weighted sum, so that each point of a
 * score can be explained to the people it concerns: topic overlap counts most (up to 50,
 * the share of the need's topics the offer covers), then the kind of assistance (20), a
 * shared language (15), the need's country being served (10) and overlapping availability
 * (5). An offer sharing no topic is never suggested: nothing else makes it relevant.
 */
final class Matching {

	static final int TOPIC = 50;

	static final int KIND = 20;

	static final int LANGUAGE = 15;

	static final int COUNTRY = 10;

	static final int TIME = 5;

	private Matching() {
	}

	/** A suggestion: the offer, its score out of 100, and one message key per reason. */
	record Suggestion(Views.Offer offer, int score, List<Reason> reasons) {
	}

	/** Why points were given, e.g. {@code capacity.reason.topics} with "2/3". */
	record Reason(String key, String argument) {
	}

	static List<Suggestion> rank(Views.Need need, List<Views.Offer> offers) {
		var out = new ArrayList<Suggestion>();
		for (var offer : offers) {
			var s = score(need, offer);
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
		return new Suggestion(offer, score, reasons);
	}

	static boolean overlaps(@Nullable LocalDate from1, @Nullable LocalDate until1, @Nullable LocalDate from2,
			@Nullable LocalDate until2) {
		var startsBeforeOtherEnds = from1 == null || until2 == null || !from1.isAfter(until2);
		var otherStartsBeforeEnd = from2 == null || until1 == null || !from2.isAfter(until1);
		return startsBeforeOtherEnds && otherStartsBeforeEnd;
	}

}
