package org.lccp.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Ranks people who could review a plan or write a study, each with the reasons it was
 * suggested: the topics and sectors they know that the request names, the languages they
 * share with the city, whether they work in the city's country, their past reviews on the
 * platform, and for peers the similar city they come from. Nobody excluded by the
 * conflict rules (the host city's people, declared conflicts, objections, members
 * already) is ever suggested. A pure function over what the caller loaded, so that it is
 * measured on its own (bench/review).
 */
final class Suggestions {

	/** Weights of each kind of reason; topics matter most for a plan review. */
	static final int TOPIC = 3;

	static final int SECTOR = 2;

	static final int LANGUAGE = 2;

	static final int COUNTRY = 1;

	static final int PAST_REVIEW = 1;

	static final int MAX_PAST_REVIEWS = 3;

	static final int SIMILAR_CITY = 4;

	private Suggestions() {
	}

	/** Who a candidate is. */
	enum Kind {

		EXPERT, PEER

	}

	/**
	 * A person who might be proposed.
	 *
	 * @param topics topic codes ({@code org.lccp.experts.Topic} names)
	 * @param sectors sector codes ({@code org.lccp.shared.domain.Sector} names)
	 * @param languages platform language codes
	 * @param countriesServed countries the person works in; empty for any
	 * @param pastReviews published reviews the person took part in
	 * @param similarCity for a peer, the name of the similar city they are focal point of
	 * @param similarRank for a peer, the city's place among the similar cities (0 is the
	 * closest)
	 */
	record Candidate(UUID accountId, String name, @Nullable String institution, Kind kind, Set<String> topics,
			Set<String> sectors, Set<String> languages, Set<String> countriesServed, int pastReviews,
			@Nullable String similarCity, int similarRank) {
	}

	/**
	 * What the request asks for and who may not take part.
	 *
	 * @param country the host city's country
	 * @param excludedAccounts accounts the conflict rules keep out
	 * @param hostInstitutions normalised names of the member institutions of the host
	 * city
	 */
	record Wanted(String country, Set<String> topics, Set<String> sectors, Set<String> languages,
			Set<UUID> excludedAccounts, Set<String> hostInstitutions) {
	}

	/** One reason: a message key and its arguments (codes, resolved by the page). */
	record Reason(String key, List<String> codes, @Nullable Object value) {
	}

	record Suggestion(Candidate candidate, int score, List<Reason> reasons) {
	}

	/** The best {@code limit} candidates with a reason, best first (then by name). */
	static List<Suggestion> rank(Wanted wanted, Collection<Candidate> candidates, int limit) {
		Comparator<Suggestion> better = Comparator.comparingInt(Suggestion::score)
			.reversed()
			.thenComparing((s) -> s.candidate().name())
			.thenComparing((s) -> s.candidate().accountId());
		// the worst kept suggestion on top, so that each new one costs log(limit)
		var kept = new PriorityQueue<Suggestion>(Math.max(1, limit), better.reversed());
		for (var candidate : candidates) {
			if (wanted.excludedAccounts().contains(candidate.accountId()) || (candidate.institution() != null
					&& wanted.hostInstitutions().contains(normalised(candidate.institution())))) {
				continue;
			}
			var score = score(wanted, candidate);
			if (score == 0) {
				continue;
			}
			if (kept.size() < limit) {
				kept.add(new Suggestion(candidate, score, List.of()));
			}
			else if (better.compare(new Suggestion(candidate, score, List.of()), kept.peek()) < 0) {
				kept.poll();
				kept.add(new Suggestion(candidate, score, List.of()));
			}
		}
		var result = new ArrayList<Suggestion>(kept.size());
		for (var s : kept) {
			result.add(new Suggestion(s.candidate(), s.score(), reasons(wanted, s.candidate())));
		}
		result.sort(better);
		return result;
	}

	private static int score(Wanted wanted, Candidate c) {
		var score = TOPIC * common(wanted.topics(), c.topics()) + SECTOR * common(wanted.sectors(), c.sectors())
				+ LANGUAGE * common(wanted.languages(), c.languages())
				+ (c.countriesServed().contains(wanted.country()) ? COUNTRY : 0)
				+ PAST_REVIEW * Math.min(MAX_PAST_REVIEWS, c.pastReviews());
		if (c.similarCity() != null) {
			score += SIMILAR_CITY + Math.max(0, 10 - c.similarRank()) / 3;
		}
		return score;
	}

	private static List<Reason> reasons(Wanted wanted, Candidate c) {
		var reasons = new ArrayList<Reason>();
		if (c.similarCity() != null) {
			reasons.add(new Reason("review.suggest.reason.similarCity", List.of(), c.similarCity()));
		}
		var topics = intersection(wanted.topics(), c.topics());
		if (!topics.isEmpty()) {
			reasons.add(new Reason("review.suggest.reason.topics", topics, null));
		}
		var sectors = intersection(wanted.sectors(), c.sectors());
		if (!sectors.isEmpty()) {
			reasons.add(new Reason("review.suggest.reason.sectors", sectors, null));
		}
		var languages = intersection(wanted.languages(), c.languages());
		if (!languages.isEmpty()) {
			reasons.add(new Reason("review.suggest.reason.languages", languages, null));
		}
		if (c.countriesServed().contains(wanted.country())) {
			reasons.add(new Reason("review.suggest.reason.country", List.of(wanted.country()), null));
		}
		if (c.pastReviews() > 0) {
			reasons.add(new Reason("review.suggest.reason.pastReviews", List.of(), c.pastReviews()));
		}
		return List.copyOf(reasons);
	}

	private static int common(Set<String> a, Set<String> b) {
		var n = 0;
		for (var x : a) {
			if (b.contains(x)) {
				n++;
			}
		}
		return n;
	}

	private static List<String> intersection(Set<String> a, Set<String> b) {
		var both = new TreeSet<String>(a);
		both.retainAll(b);
		return List.copyOf(both);
	}

	static String normalised(@Nullable String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
