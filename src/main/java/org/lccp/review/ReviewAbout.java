package org.lccp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.cities.CityDirectory;
import org.lccp.review.ReviewViews.PublicReview;
import org.lccp.shared.domain.ContentAbout;
import org.lccp.shared.domain.ContentPanels;
import org.lccp.shared.domain.OpenDataTables;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Shows a city's published peer reviews (with how far each recommendation has come) on
 * its profile, offers a focal point the way to ask for one, and gives the published
 * recommendations and their follow-up to the bulk download. Drafts never reach either.
 */
@Component
class ReviewAbout implements ContentPanels, OpenDataTables, ContentAbout {

	private final ReviewManagement reviews;

	private final CityDirectory cities;

	private final OpenStudies studies;

	ReviewAbout(ReviewManagement reviews, CityDirectory cities, OpenStudies studies) {
		this.reviews = reviews;
		this.cities = cities;
		this.studies = studies;
	}

	/**
	 * The data of the city panel.
	 *
	 * @param cityId the city
	 * @param reviews its published reviews
	 * @param mayRequest whether the reader is a focal point of the city
	 */
	public record PanelData(UUID cityId, List<PublicReview> reviews, boolean mayRequest) {
	}

	@Override
	public List<Panel> panels(ContentPanels.Subject subject, UUID id, Locale reader) {
		if (subject != ContentPanels.Subject.CITY) {
			return List.of();
		}
		var published = this.reviews.publishedForCity(id);
		var mayRequest = CurrentUser.get().isPresent() && CurrentUser.has(Role.CITY_FOCAL_POINT)
				&& this.cities.isFocalPoint(id, CurrentUser.id());
		if (published.isEmpty() && !mayRequest) {
			return List.of();
		}
		return List.of(new Panel("review/panel", "reviews", new PanelData(id, published, mayRequest)));
	}

	/** A gathering's page links to the published reviews it was the workshop of. */
	@Override
	public List<Entry> about(ContentAbout.Subject subject, UUID id, Locale reader) {
		if (subject != ContentAbout.Subject.GATHERING) {
			return List.of();
		}
		return this.reviews.ofGathering(id)
			.stream()
			.map((r) -> new Entry("review.about.section", "review.about.kind", r.city().name(reader) + " " + r.year(),
					"/reviews/" + r.id(), r.city().nameLanguage(reader)))
			.toList();
	}

	@Override
	public List<Table> tables() {
		return List.of(recommendations(), studies(), chapters());
	}

	/** Published studies open to everyone (never members-only ones or drafts). */
	private Table studies() {
		return new Table("review_studies",
				List.of("id", "kind", "title", "year", "published_at", "city_id", "city", "countries", "partners",
						"interests", "summary", "options", "suggested_peers", "city_comment", "publication_id", "url"),
				(sink) -> this.studies.each((s) -> sink.accept(java.util.Arrays.asList(s.id().toString(),
						s.kind().name(), s.title(), s.year(), s.publishedAt() == null ? "" : s.publishedAt().toString(),
						s.cityId() == null ? "" : s.cityId().toString(), text(s.city()),
						String.join(" ", s.countries()), text(s.partners()), text(s.interests()), text(s.summary()),
						text(s.options()), text(s.suggestedPeers()), text(s.cityComment()),
						s.publicationId() == null ? "" : s.publicationId().toString(), s.url()))));
	}

	/** The country chapters of published comparative studies. */
	private Table chapters() {
		return new Table("review_study_chapters", List.of("study_id", "country", "text"), (sink) -> this.studies
			.each((s) -> s.chapters()
				.forEach((c) -> sink.accept(java.util.Arrays.asList(s.id().toString(), c.country(), text(c.text()))))));
	}

	private static String text(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

	private Table recommendations() {
		return new Table("review_recommendations",
				List.of("review_id", "city_id", "country", "published_at", "criteria_version", "recommendation_id",
						"criterion", "sector", "priority", "timeline", "text", "reply", "reply_comment",
						"follow_up_status"),
				(sink) -> this.reviews.eachPublished((r) -> {
					for (var rec : r.recommendations()) {
						var row = new ArrayList<Object>();
						row.add(r.id().toString());
						row.add(r.cityId().toString());
						row.add(r.country());
						row.add(r.publishedAt() == null ? "" : r.publishedAt().toString());
						row.add(r.criteriaVersion());
						row.add(rec.id());
						row.add(rec.position());
						row.add(rec.sector() == null ? "" : rec.sector());
						row.add(rec.priority());
						row.add(rec.timeline() == null ? "" : rec.timeline());
						row.add(rec.text());
						row.add(rec.reply() == null ? "" : rec.reply().name());
						row.add(rec.replyComment() == null ? "" : rec.replyComment());
						row.add(rec.followUp().name());
						sink.accept(row);
					}
				}));
	}

	@Bean
	static NavigationItem reviewsLink() {
		return NavigationItem.main("/reviews", "review.list.title", 45);
	}

	@Bean
	static NavigationItem studiesLink() {
		return NavigationItem.main("/studies", "study.list.title", 46);
	}

	@Bean
	static NavigationItem comparativeLink() {
		return NavigationItem.main("/comparative-studies", "comparative.list.title", 47);
	}

	@Bean
	static NavigationItem myReviewsLink() {
		return NavigationItem.member("/my/reviews", "review.mine.title", 45);
	}

	@Bean
	static NavigationItem openRecommendationsLink() {
		return NavigationItem.secretariat("/admin/reviews/open-recommendations", "review.open.title", 45);
	}

}
