package org.lccp.knowledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What pages, other modules and the API see of knowledge items: texts already chosen for
 * the reader's language, names of places and topics resolved.
 */
public final class KnowledgeViews {

	private KnowledgeViews() {
	}

	/**
	 * An item in lists: its title and summary in the language shown.
	 *
	 * @param language the language of the title and summary shown
	 */
	public record ItemSummary(UUID id, ContentKind kind, ContentStatus status, String title, @Nullable String summary,
			String language, String originalLanguage, @Nullable Integer year, Instant date, List<String> countries,
			List<String> cities) {

		public String path() {
			return "/" + this.kind.path() + "/" + this.id;
		}

	}

	/**
	 * An item as its page shows it.
	 *
	 * @param language the language of the text shown
	 * @param fallback true when the reader's language has no version, so the original is
	 * shown with a notice
	 * @param translationStatus how the version shown came to be
	 * @param languages every language the item can be read in, original first
	 */
	public record ItemView(UUID id, ContentKind kind, ContentStatus status, String title, @Nullable String summary,
			@Nullable String body, @Nullable String lessons, @Nullable String funding, String language,
			String originalLanguage, boolean fallback, TranslationStatus translationStatus, List<String> languages,
			List<String> countries, List<CityLink> cities, List<Label> categories, List<String> sectors,
			@Nullable Integer periodFrom, @Nullable Integer periodTo, List<ResultView> results,
			@Nullable String contactInstitution, List<LinkView> links, @Nullable PublicationKind publicationKind,
			@Nullable Integer year, @Nullable String authors, @Nullable String institutions,
			@Nullable String publicationLanguage, @Nullable UUID fileId, long downloadCount,
			@Nullable LocalDate publishedOn, @Nullable String acronym, @Nullable String ledBy,
			@Nullable String geographicScope, @Nullable String themes, @Nullable String website, List<String> members,
			@Nullable PolicyLevel policyLevel, @Nullable PolicyType policyType, @Nullable String sourceDocument,
			List<String> presentedAt, List<GatheringLink> gatherings, List<ItemSummary> related,
			@Nullable ToolCost toolCost, List<String> toolLanguages, List<ItemSummary> caseStudiesUsing,
			List<AttachmentView> attachments, @Nullable String demoSource, @Nullable String authorName,
			@Nullable Instant firstPublishedAt, @Nullable Instant publishedAt, Instant updatedAt, long version) {

		public String path() {
			return "/" + this.kind.path() + "/" + this.id;
		}

		/**
		 * The documents demo content was derived from, without the English sentence
		 * stored before them, so that pages can say it in the reader's language.
		 */
		public @Nullable String demoDocuments() {
			if (this.demoSource == null) {
				return null;
			}
			return this.demoSource.startsWith(KnowledgeDemoData.DERIVED)
					? this.demoSource.substring(KnowledgeDemoData.DERIVED.length()) : this.demoSource;
		}

	}

	public record CityLink(UUID id, String name) {
	}

	public record GatheringLink(UUID id, String title) {
	}

	public record Label(String code, String name) {
	}

	public record ResultView(BigDecimal value, String unit, String measured, @Nullable Integer baselineYear) {
	}

	public record LinkView(String title, @Nullable String url) {
	}

	/**
	 * An uploaded file of an item.
	 *
	 * @param image true for pictures shown in the gallery, false for documents
	 */
	public record AttachmentView(UUID fileId, String name, String mediaType, long size, boolean image,
			String downloadPath, String thumbnailPath) {
	}

	/** A step on an item's way to publication, with the note that came with it. */
	public record CommentView(String action, @Nullable String author, String body, Instant at) {
	}

	/** A kept published state. */
	public record RevisionView(int number, Instant publishedAt, @Nullable String publishedBy) {
	}

	/**
	 * A line of the difference between two revisions; texts are HTML with {@code <del>}
	 * and {@code <ins>} marks, everything else escaped.
	 */
	public record DiffLine(String change, String before, String after) {
	}

}
