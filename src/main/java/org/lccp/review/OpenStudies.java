package org.lccp.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Studies as open data: analytical studies the city published for everyone (never the
 * members-only ones, never drafts) and published comparative studies, newest first, for
 * the API and the bulk download.
 */
@Service
class OpenStudies {

	/** The two kinds of study. */
	enum Kind {

		ANALYTICAL, COMPARATIVE

	}

	/**
	 * A published study in the open API.
	 *
	 * @param city the city of an analytical study (null for a comparative one)
	 * @param countries the country of an analytical study, the chapters' countries of a
	 * comparative one
	 * @param summary the findings of an analytical study, the summary of a comparative
	 * one
	 * @param publicationId the study's publication in the knowledge hub, if any
	 * @param url where the study is read on the platform
	 */
	record OpenStudy(UUID id, Kind kind, String title, int year, @Nullable Instant publishedAt, @Nullable UUID cityId,
			@Nullable String city, List<String> countries, @Nullable String partners, @Nullable String interests,
			@Nullable String summary, @Nullable String options, @Nullable String suggestedPeers,
			@Nullable String cityComment, List<ComparativeStudies.Chapter> chapters, @Nullable UUID publicationId,
			String url) {
	}

	private static final String PUBLISHED = "select id, 'ANALYTICAL' as kind, published_at from review_study"
			+ " where status = 'PUBLISHED' and visibility = 'PUBLIC' union all select id, 'COMPARATIVE',"
			+ " published_at from review_comparative where status = 'PUBLISHED'";

	private final JdbcClient db;

	private final CityDirectory cities;

	private final MessageSource texts;

	OpenStudies(JdbcClient db, CityDirectory cities, MessageSource texts) {
		this.db = db;
		this.cities = cities;
		this.texts = texts;
	}

	/**
	 * Parses the kind a client asked for; null (both kinds) when none.
	 * @throws ReviewRefusedException a bad request naming the kinds
	 */
	static @Nullable Kind kind(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ReviewRefusedException("kind", "study.error.kind");
		}
	}

	@Transactional(readOnly = true)
	Page<OpenStudy> page(@Nullable Kind kind, Pageable page) {
		var filter = kind == null ? "" : " where kind = :kind";
		var total = this.db.sql("select count(*) from (" + PUBLISHED + ") s" + filter)
			.param("kind", kind == null ? "" : kind.name())
			.query(Long.class)
			.single();
		var rows = this.db
			.sql("select id, kind from (" + PUBLISHED + ") s" + filter
					+ " order by published_at desc nulls last, id limit :limit offset :offset")
			.param("kind", kind == null ? "" : kind.name())
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, n) -> load(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** One published open study; drafts and members-only studies are unknown here. */
	@Transactional(readOnly = true)
	OpenStudy one(UUID id) {
		return this.db.sql("select id, kind from (" + PUBLISHED + ") s where id = :id")
			.param("id", id)
			.query((rs, n) -> load(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))))
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
	}

	@Transactional(readOnly = true)
	void each(Consumer<OpenStudy> action) {
		this.db.sql("select id, kind from (" + PUBLISHED + ") s order by published_at, id")
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)) })
			.list()
			.forEach((row) -> action.accept(load((UUID) row[0], (Kind) row[1])));
	}

	private OpenStudy load(UUID id, Kind kind) {
		if (kind == Kind.COMPARATIVE) {
			var chapters = this.db
				.sql("select country, text from review_comparative_chapter where study_id = :id order by id")
				.param("id", id)
				.query((rs, n) -> new ComparativeStudies.Chapter(rs.getString(1), rs.getString(2)))
				.list();
			return this.db
				.sql("select title, year, published_at, partners, summary, publication_id from review_comparative"
						+ " where id = :id")
				.param("id", id)
				.query((rs, n) -> new OpenStudy(id, kind, rs.getString(1), rs.getInt(2),
						instant(rs.getObject(3, OffsetDateTime.class)), null, null,
						chapters.stream().map(ComparativeStudies.Chapter::country).distinct().toList(), rs.getString(4),
						null, rs.getString(5), null, null, null, chapters, rs.getObject(6, UUID.class),
						"/comparative-studies/" + id))
				.single();
		}
		return this.db
			.sql("select city_id, published_at, interests, findings, options, suggested_peers, city_comment,"
					+ " publication_id, created_at from review_study where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				var city = this.cities.city(rs.getObject(1, UUID.class));
				var published = rs.getObject(2, OffsetDateTime.class);
				var year = (published != null ? published : rs.getObject(9, OffsetDateTime.class)).getYear();
				return new OpenStudy(id, kind,
						this.texts.getMessage("study.page.title", new Object[] { city.nameEn() }, Locale.ENGLISH), year,
						instant(published), city.id(), city.nameEn(), List.of(city.countryCode()), null,
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), List.of(),
						rs.getObject(8, UUID.class), "/studies/" + id);
			})
			.single();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
