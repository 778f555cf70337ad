package org.lccp.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.experts.ExpertRoster;
import org.lccp.experts.Topic;
import org.lccp.identity.AccountManagement;
import org.lccp.membership.MembershipManagement;
import org.lccp.review.Suggestions.Candidate;
import org.lccp.review.Suggestions.Kind;
import org.lccp.review.Suggestions.Wanted;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests reviewers for a review's team and experts for an analytical study, for the
 * secretariat: listed experts of the roster (by the topics and sectors the request names,
 * the languages it asks for, the countries they serve, their past reviews) and focal
 * points of cities like the host (benchmarking's peer finder). The conflict rules apply
 * before ranking: nobody from the host city or its member institutions, nobody with a
 * declared conflict or the host's objection, nobody already on the team.
 */
@Component
class ReviewerSuggestions {

	/** How many suggestions a page shows. */
	static final int SHOWN = 8;

	/** How many similar cities' focal points are considered. */
	static final int SIMILAR = 10;

	/** Every plan review is about targets and the inventory behind them. */
	private static final Set<String> PLAN_TOPICS = Set.of(Topic.MITIGATION_PLANNING.name(), Topic.GHG_INVENTORY.name());

	private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");

	private final JdbcClient db;

	private final ExpertRoster roster;

	private final BenchmarkingManagement benchmarking;

	private final CityDirectory cities;

	private final AccountManagement accounts;

	private final MembershipManagement membership;

	private final MessageSource texts;

	/** Words of each topic's and sector's names in the six languages, built once. */
	private final Map<String, List<String>> topicWords;

	private final Map<String, List<String>> sectorWords;

	ReviewerSuggestions(JdbcClient db, ExpertRoster roster, BenchmarkingManagement benchmarking, CityDirectory cities,
			AccountManagement accounts, MembershipManagement membership, MessageSource texts) {
		this.db = db;
		this.roster = roster;
		this.benchmarking = benchmarking;
		this.cities = cities;
		this.accounts = accounts;
		this.membership = membership;
		this.texts = texts;
		this.topicWords = words(java.util.Arrays.stream(Topic.values()).map(Enum::name).toList(), "capacity.topic.");
		this.sectorWords = words(java.util.Arrays.stream(Sector.values()).map(Enum::name).toList(), "Sector.");
	}

	/**
	 * A suggestion as the secretariat's page shows it.
	 *
	 * @param kind EXPERT (from the roster) or PEER (focal point of a similar city)
	 * @param reasons why, in the reader's language
	 */
	record SuggestionView(UUID accountId, String name, String email, @Nullable String institution, String kind,
			int score, List<String> reasons) {
	}

	/** Suggested reviewers for a review that is building its team. */
	@Transactional(readOnly = true)
	List<SuggestionView> forReview(UUID reviewId, Locale reader) {
		requireSecretariat();
		var row = this.db.sql("select city_id, scope, languages from review where id = :id")
			.param("id", reviewId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		var city = this.cities.city((UUID) row[0]);
		var text = row[1] == null ? "" : (String) row[1];
		var topics = new HashSet<String>(PLAN_TOPICS);
		topics.addAll(mentioned(text, this.topicWords));
		var languages = new LinkedHashSet<String>();
		ReviewReports.languagesNamed((String) row[2]).forEach((l) -> languages.add(l.code()));
		var excluded = new HashSet<UUID>(this.db
			.sql("select account_id from review_member where review_id = :id union select account_id"
					+ " from review_objection where review_id = :id")
			.param("id", reviewId)
			.query(UUID.class)
			.list());
		return suggest(city, topics, mentioned(text, this.sectorWords), languages, excluded, reader);
	}

	/** Suggested experts for an analytical study. */
	@Transactional(readOnly = true)
	List<SuggestionView> forStudy(UUID studyId, Locale reader) {
		requireSecretariat();
		var row = this.db
			.sql("select city_id, concat_ws(' ', interests, priorities, existing_plans), requested_by"
					+ " from review_study where id = :id")
			.param("id", studyId)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class) })
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		var city = this.cities.city((UUID) row[0]);
		var text = (String) row[1];
		var topics = new HashSet<String>(mentioned(text, this.topicWords));
		if (topics.isEmpty()) {
			topics.addAll(PLAN_TOPICS);
		}
		// the study is written for the city: the language of the focal point who asked
		var languages = Set.of(this.accounts.find((UUID) row[2]).language().code());
		var excluded = new HashSet<UUID>(this.db.sql("select account_id from review_study_expert where study_id = :id")
			.param("id", studyId)
			.query(UUID.class)
			.list());
		return suggest(city, topics, mentioned(text, this.sectorWords), languages, excluded, reader);
	}

	private List<SuggestionView> suggest(CityView city, Set<String> topics, Set<String> sectors, Set<String> languages,
			Set<UUID> excluded, Locale reader) {
		excluded.addAll(this.cities.focalPointsOf(city.id()));
		excluded.addAll(this.db.sql("select account_id from review_conflict where city_id = :c")
			.param("c", city.id())
			.query(UUID.class)
			.list());
		var hostInstitutions = new HashSet<String>();
		var members = this.membership.activeMembersIn(city.countryCode(), city.nameEn());
		for (var institution : members) {
			hostInstitutions.add(Suggestions.normalised(institution.nameEnglish()));
			hostInstitutions.add(Suggestions.normalised(institution.nameOriginal()));
		}
		var past = new HashMap<UUID, Integer>();
		this.db
			.sql("select m.account_id, count(*) from review_member m join review r on r.id = m.review_id"
					+ " where m.status = 'ACCEPTED' and r.status = 'PUBLISHED' group by m.account_id")
			.query((rs, n) -> past.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		var candidates = new LinkedHashMap<UUID, Candidate>();
		for (var expert : this.roster.vetted()) {
			if (!expert.available()) {
				continue;
			}
			candidates.put(expert.accountId(), new Candidate(expert.accountId(), expert.name(), expert.institution(),
					Kind.EXPERT, expert.topics().stream().map(Enum::name).collect(Collectors.toSet()), expert.sectors(),
					expert.languages(), expert.countriesServed(), past.getOrDefault(expert.accountId(), 0), null, 0));
		}
		var similar = this.benchmarking.similarCities(city.id(), SIMILAR);
		for (var rank = 0; rank < similar.size(); rank++) {
			var peerCity = similar.get(rank).city();
			for (var account : this.cities.focalPointsOf(peerCity.id())) {
				var known = candidates.get(account);
				var name = peerCity.name(reader);
				if (known != null) {
					candidates.put(account,
							new Candidate(account, known.name(), known.institution(), known.kind(), known.topics(),
									known.sectors(), known.languages(), known.countriesServed(), known.pastReviews(),
									name, rank));
				}
				else {
					var view = this.accounts.find(account);
					candidates.put(account,
							new Candidate(account, view.displayName(), view.affiliation(), Kind.PEER, Set.of(),
									Set.of(), Set.of(view.language().code()), Set.of(), past.getOrDefault(account, 0),
									name, rank));
				}
			}
		}
		var ranked = Suggestions.rank(
				new Wanted(city.countryCode(), topics, sectors, languages, excluded, hostInstitutions),
				candidates.values(), SHOWN);
		var views = new ArrayList<SuggestionView>();
		for (var s : ranked) {
			var c = s.candidate();
			// the applicant link to a host institution is checked for the few shown
			var account = this.accounts.find(c.accountId());
			var applied = members.isEmpty() ? List.<UUID>of() : this.membership.institutionsAppliedFor(c.accountId());
			var hostInstitution = members.stream()
				.anyMatch((i) -> applied.contains(i.id()) || Suggestions.normalised(account.affiliation())
					.equals(Suggestions.normalised(i.nameEnglish())));
			if (hostInstitution) {
				continue;
			}
			views.add(new SuggestionView(c.accountId(), c.name(), account.email(), c.institution(), c.kind().name(),
					s.score(), s.reasons().stream().map((r) -> reason(r, city, reader)).toList()));
		}
		return views;
	}

	private String reason(Suggestions.Reason reason, CityView city, Locale reader) {
		var label = switch (reason.key()) {
			case "review.suggest.reason.topics" -> names(reason.codes(), "capacity.topic.", reader);
			case "review.suggest.reason.sectors" -> names(reason.codes(), "Sector.", reader);
			case "review.suggest.reason.languages" -> String.join(", ",
					reason.codes()
						.stream()
						.map((c) -> Language.fromCode(c).map(Language::nativeName).orElse(c))
						.toList());
			case "review.suggest.reason.country" -> Countries.name(city.countryCode(), reader);
			default -> "";
		};
		var value = reason.value() == null ? label : reason.value();
		return this.texts.getMessage(reason.key(), new Object[] { value, city.name(reader) }, reason.key(), reader);
	}

	private String names(List<String> codes, String prefix, Locale reader) {
		return String.join(", ",
				codes.stream().map((c) -> this.texts.getMessage(prefix + c, null, c, reader)).toList());
	}

	/** The codes whose names (in any of the six languages) the text mentions. */
	static Set<String> mentioned(String text, Map<String, List<String>> words) {
		var lower = text.toLowerCase(Locale.ROOT);
		var tokens = new HashSet<String>();
		WORDS.matcher(lower).results().forEach((m) -> tokens.add(m.group()));
		var found = new HashSet<String>();
		words.forEach((code, list) -> {
			for (var word : list) {
				// latin and cyrillic words as whole words, CJK names anywhere in the text
				if (word.codePoints().allMatch((c) -> c < 0x2E80) ? tokens.contains(word) : lower.contains(word)) {
					found.add(code);
					return;
				}
			}
		});
		return found;
	}

	/**
	 * Words that stand for each code: the significant words (five letters or more) of its
	 * name in every platform language, and the whole name where the script has no spaces.
	 */
	private Map<String, List<String>> words(List<String> codes, String prefix) {
		var result = new LinkedHashMap<String, List<String>>();
		for (var code : codes) {
			var words = new LinkedHashSet<String>();
			for (var language : Language.values()) {
				var name = this.texts.getMessage(prefix + code, null, "", language.locale())
					.toLowerCase(Locale.ROOT)
					.replaceAll("\\(.*?\\)|（.*?）", "")
					.strip();
				if (name.isEmpty()) {
					continue;
				}
				WORDS.matcher(name).results().map((m) -> m.group()).forEach((w) -> {
					var cjk = w.codePoints().anyMatch((c) -> c >= 0x2E80);
					if ((cjk && w.length() >= 2) || (!cjk && w.length() >= 5)) {
						words.add(w);
					}
				});
			}
			result.put(code, List.copyOf(words));
		}
		return result;
	}

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

}
