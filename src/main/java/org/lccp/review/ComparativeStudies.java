package org.lccp.review;

import java.time.Clock;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.identity.AuditLog;
import org.lccp.knowledge.HubPublications;
import org.lccp.knowledge.PublicationKind;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secretariat-led comparative studies of national policies across countries, with partner
 * institutions and one chapter per country. Drafts are the secretariat's alone.
 */
@Service
public class ComparativeStudies {

	private static final List<String> COUNTRIES = List.of("CN", "JP", "KR", "MN", "RU", "KP");

	private final JdbcClient db;

	private final AuditLog audit;

	private final ReviewReports reports;

	private final HubPublications hub;

	private final MessageSource texts;

	private final Clock clock;

	ComparativeStudies(JdbcClient db, AuditLog audit, ReviewReports reports, HubPublications hub, MessageSource texts,
			Clock clock) {
		this.db = db;
		this.audit = audit;
		this.reports = reports;
		this.hub = hub;
		this.texts = texts;
		this.clock = clock;
	}

	/** A comparative study with its chapters. */
	public record Comparative(UUID id, String title, int year, @Nullable String partners, @Nullable String summary,
			@Nullable String url, @Nullable String sourceNote, boolean published, List<Chapter> chapters,
			@Nullable UUID publicationId) {
	}

	/** One country's chapter. */
	public record Chapter(String country, @Nullable String text) {
	}

	/** The secretariat's new study. */
	public record ComparativeForm(@Nullable String title, @Nullable Integer year, @Nullable String partners,
			@Nullable String summary, @Nullable String url) {
	}

	/**
	 * A chapter to add; a code no country has is the binder's {@code typeMismatch} field
	 * error and reaches {@link #addChapter} as none.
	 */
	public record ChapterForm(@Nullable CountryCode country, @Nullable String text) {
	}

	/** Published studies for everyone; drafts too for the secretariat. */
	@Transactional(readOnly = true)
	public List<Comparative> list() {
		var all = CurrentUser.has(Role.SECRETARIAT);
		return this.db
			.sql("select id from review_comparative" + (all ? "" : " where status = 'PUBLISHED'")
					+ " order by year desc, title")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	@Transactional(readOnly = true)
	public Comparative study(UUID id) {
		var study = this.db.sql("select count(*) from review_comparative where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 0 ? null : load(id);
		if (study == null || (!study.published() && !CurrentUser.has(Role.SECRETARIAT))) {
			throw new ReviewNotFoundException();
		}
		return study;
	}

	@Transactional
	public UUID create(ComparativeForm form) {
		requireSecretariat();
		var title = text("title", form.title(), 300, true);
		var year = form.year();
		if (year == null) {
			throw new ReviewRefusedException("year", "review.error.number");
		}
		if (year < 1990 || year > 2100) {
			throw new ReviewRefusedException("year", "review.error.scoreRange", "1990", "2100");
		}
		var url = text("url", form.url(), 500, false);
		if (url != null && !url.matches("https?://\\S+")) {
			throw new ReviewRefusedException("url", "comparative.error.url");
		}
		var id = UUID.randomUUID();
		insert(id, title, year, text("partners", form.partners(), 1000, false),
				text("summary", form.summary(), ReviewManagement.TEXT_LIMIT, false), url, null, false);
		this.audit.record("ComparativeStudy", id, "create", title);
		return id;
	}

	@Transactional
	public void addChapter(UUID id, ChapterForm form) {
		requireSecretariat();
		var study = study(id);
		if (study.published()) {
			throw new ReviewRefusedException("", "review.error.wrongStep");
		}
		var country = form.country() == null ? "" : form.country().code();
		if (!COUNTRIES.contains(country)) {
			throw new ReviewRefusedException("country", "review.error.choice");
		}
		chapter(id, country, text("text", form.text(), ReviewManagement.TEXT_LIMIT, true));
		this.audit.record("ComparativeStudy", id, "add-chapter", country);
	}

	@Transactional
	public void publish(UUID id) {
		requireSecretariat();
		var study = study(id);
		if (study.published()) {
			throw new ReviewRefusedException("", "review.error.wrongStep");
		}
		if (study.chapters().isEmpty()) {
			throw new ReviewRefusedException("", "comparative.error.noChapter");
		}
		this.db.sql("update review_comparative set status = 'PUBLISHED', published_at = :now where id = :id")
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", id)
			.update();
		// written in English by the secretariat and its partners, so published in English
		var locale = Locale.ENGLISH;
		var published = load(id);
		var text = new java.util.ArrayList<String>();
		if (published.summary() != null) {
			text.add(published.summary());
		}
		for (var chapter : published.chapters()) {
			text.add(this.texts.getMessage("comparative.country." + chapter.country(), null, locale) + ": "
					+ (chapter.text() == null ? "" : chapter.text()));
		}
		var publication = this.hub.publish(new HubPublications.Document("en", published.title(), published.summary(),
				text, PublicationKind.STUDY, published.year(), null, published.partners(), List.of(),
				published.chapters().stream().map(Chapter::country).distinct().toList(), "/comparative-studies/" + id,
				this.texts.getMessage("comparative.publication.source", null, locale),
				"comparative-study-" + published.year() + ".pdf", this.reports.comparative(published, locale)));
		this.db.sql("update review_comparative set publication_id = :p where id = :id")
			.param("p", publication)
			.param("id", id)
			.update();
		this.audit.record("ComparativeStudy", id, "publish", "publication " + publication);
	}

	/**
	 * Stores a study the documents report, published, with its source (demo data): the
	 * platform itself at start-up or the secretariat; {@code ArchitectureTests} keeps the
	 * callers to {@code ..demo..}.
	 */
	@Transactional
	public UUID recordFromDocuments(String title, int year, String partners, @Nullable String summary, String url,
			String sourceNote, List<Chapter> chapters) {
		if (!CurrentUser.isSystemWork()) {
			requireSecretariat();
		}
		var id = UUID.randomUUID();
		insert(id, title, year, partners, summary, url, sourceNote, true);
		for (var c : chapters) {
			chapter(id, c.country(), c.text());
		}
		return id;
	}

	public static List<String> countries() {
		return COUNTRIES;
	}

	private void insert(UUID id, String title, int year, @Nullable String partners, @Nullable String summary,
			@Nullable String url, @Nullable String source, boolean published) {
		var now = OffsetDateTime.now(this.clock);
		this.db
			.sql("insert into review_comparative (id, title, year, partners, summary, url, source_note, status,"
					+ " created_at, published_at) values (:id, :t, :y, :p, :s, :u, :src, :st, :now, :pub)")
			.param("id", id)
			.param("t", title)
			.param("y", year)
			.param("p", partners)
			.param("s", summary)
			.param("u", url)
			.param("src", source)
			.param("st", published ? "PUBLISHED" : "DRAFT")
			.param("now", now)
			.param("pub", published ? now : null)
			.update();
	}

	private void chapter(UUID id, String country, @Nullable String text) {
		this.db.sql("insert into review_comparative_chapter (study_id, country, text) values (:id, :c, :t)")
			.param("id", id)
			.param("c", country)
			.param("t", text)
			.update();
	}

	private Comparative load(UUID id) {
		var chapters = this.db
			.sql("select country, text from review_comparative_chapter where study_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Chapter(rs.getString(1), rs.getString(2)))
			.list();
		return this.db
			.sql("select title, year, partners, summary, url, source_note, status, publication_id"
					+ " from review_comparative where id = :id")
			.param("id", id)
			.query((rs, n) -> new Comparative(id, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), "PUBLISHED".equals(rs.getString(7)), chapters,
					rs.getObject(8, UUID.class)))
			.single();
	}

	private void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private static @Nullable String text(String field, @Nullable String value, int limit, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new ReviewRefusedException(field, "review.error.required");
			}
			return null;
		}
		var text = value.strip();
		if (text.length() > limit) {
			throw new ReviewRefusedException(field, "review.error.tooLong", limit);
		}
		if (text.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw new ReviewRefusedException(field, "review.error.characters");
		}
		return text;
	}

}
