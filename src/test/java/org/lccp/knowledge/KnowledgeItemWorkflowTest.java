package org.lccp.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.lccp.shared.web.UserText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editorial workflow and the kind-specific details of an item, without Spring. */
class KnowledgeItemWorkflowTest {

	private static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");

	private static final Instant LATER = CREATED.plus(Duration.ofDays(3));

	private static KnowledgeItem draft() {
		return new KnowledgeItem(ContentKind.CASE_STUDY, "ja", null, "Sato", CREATED);
	}

	/** An item brought into the given state the only way the workflow allows. */
	private static KnowledgeItem in(ContentStatus status) {
		var item = draft();
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> item.submit(CREATED);
			case RETURNED -> {
				item.submit(CREATED);
				item.returnWith("Add the baseline year.", CREATED);
			}
			case PUBLISHED -> item.publish(CREATED);
			case UNPUBLISHED -> {
				item.publish(CREATED);
				item.unpublish("Figures under review.", CREATED);
			}
		}
		assertThat(item.status()).isEqualTo(status);
		return item;
	}

	private static EditorialStep.Transition take(KnowledgeItem item, EditorialStep step) {
		return switch (step) {
			case SUBMIT -> item.submit(LATER);
			case RETURN -> item.returnWith("Please cite the source.", LATER);
			case PUBLISH -> item.publish(LATER);
			case UNPUBLISH -> item.unpublish("The city asked to withdraw it.", LATER);
		};
	}

	private static void assertRefused(Executable step, String key) {
		assertThatThrownBy(step::execute).isInstanceOf(WorkflowException.class)
			.extracting((ex) -> ((WorkflowException) ex).messageKey())
			.isEqualTo(key);
	}

	@Test
	void aNewItemIsADraft() {
		var item = draft();

		assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
		assertThat(item.publishedAt()).isNull();
		assertThat(item.firstPublishedAt()).isNull();
	}

	@ParameterizedTest(name = "{1} from {0} leads to {2}")
	@CsvSource({ "DRAFT, SUBMIT, SUBMITTED", "RETURNED, SUBMIT, SUBMITTED", "UNPUBLISHED, SUBMIT, SUBMITTED",
			"SUBMITTED, RETURN, RETURNED", "DRAFT, PUBLISH, PUBLISHED", "SUBMITTED, PUBLISH, PUBLISHED",
			"RETURNED, PUBLISH, PUBLISHED", "UNPUBLISHED, PUBLISH, PUBLISHED", "PUBLISHED, UNPUBLISH, UNPUBLISHED" })
	void anAllowedStepMovesTheItemAndTouchesIt(ContentStatus from, EditorialStep step, ContentStatus to) {
		var item = in(from);

		var transition = take(item, step);

		assertThat(item.status()).isEqualTo(to);
		assertThat(item.updatedAt()).isEqualTo(LATER);
		assertThat(transition.step()).isEqualTo(step);
		assertThat(transition.from()).isEqualTo(from);
		assertThat(transition.to()).isEqualTo(to);
	}

	@ParameterizedTest(name = "{1} from {0} is refused with {2}")
	@CsvSource({ "SUBMITTED, SUBMIT, knowledge.workflow.notSubmittable",
			"PUBLISHED, SUBMIT, knowledge.workflow.notSubmittable", "DRAFT, RETURN, knowledge.workflow.notSubmitted",
			"RETURNED, RETURN, knowledge.workflow.notSubmitted", "PUBLISHED, RETURN, knowledge.workflow.notSubmitted",
			"UNPUBLISHED, RETURN, knowledge.workflow.notSubmitted",
			"PUBLISHED, PUBLISH, knowledge.workflow.alreadyPublished",
			"DRAFT, UNPUBLISH, knowledge.workflow.notPublished",
			"SUBMITTED, UNPUBLISH, knowledge.workflow.notPublished",
			"RETURNED, UNPUBLISH, knowledge.workflow.notPublished",
			"UNPUBLISHED, UNPUBLISH, knowledge.workflow.notPublished" })
	void aStepTheStateDoesNotAllowIsRefusedAndChangesNothing(ContentStatus from, EditorialStep step, String key) {
		var item = in(from);
		var publishedAt = item.publishedAt();

		assertRefused(() -> take(item, step), key);

		assertThat(item.status()).isEqualTo(from);
		assertThat(item.updatedAt()).isEqualTo(CREATED);
		assertThat(item.publishedAt()).isEqualTo(publishedAt);
	}

	@Test
	void theTwoTablesAboveCoverEveryStepFromEveryState() {
		var allowed = 0;
		for (var step : EditorialStep.values()) {
			for (var from : ContentStatus.values()) {
				if (step.allowedFrom(from)) {
					allowed++;
				}
			}
		}
		// No pair is allowed beyond the nine listed, so the eleven refused ones are the
		// rest.
		assertThat(allowed).isEqualTo(9);
		assertThat(EditorialStep.values().length * ContentStatus.values().length).isEqualTo(9 + 11);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t", "\u0007\u200B" })
	void returningNeedsAReason(String reason) {
		var item = in(ContentStatus.SUBMITTED);

		assertRefused(() -> item.returnWith(reason, LATER), "knowledge.workflow.reasonRequired");

		assertThat(item.status()).isEqualTo(ContentStatus.SUBMITTED);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "\n\t", "\u0007\u200B" })
	void takingDownNeedsAReason(String reason) {
		var item = in(ContentStatus.PUBLISHED);

		assertRefused(() -> item.unpublish(reason, LATER), "knowledge.workflow.reasonRequired");

		assertThat(item.status()).isEqualTo(ContentStatus.PUBLISHED);
	}

	@Test
	void theStateIsCheckedBeforeTheReason() {
		assertRefused(() -> in(ContentStatus.DRAFT).returnWith("", LATER), "knowledge.workflow.notSubmitted");
		assertRefused(() -> in(ContentStatus.DRAFT).unpublish(null, LATER), "knowledge.workflow.notPublished");
	}

	@Test
	void aReasonLongerThanTheTextBoxAllowsIsRefused() {
		var item = in(ContentStatus.SUBMITTED);

		assertThatThrownBy(() -> item.returnWith("x".repeat(EditorialStep.MAX_NOTE + 1), LATER))
			.isInstanceOf(UserText.TooLong.class);
		assertThat(item.status()).isEqualTo(ContentStatus.SUBMITTED);
		assertThat(item.returnWith("x".repeat(EditorialStep.MAX_NOTE), LATER).reason()).hasSize(EditorialStep.MAX_NOTE);
	}

	@Test
	void theReasonIsKeptCleaned() {
		var transition = in(ContentStatus.SUBMITTED).returnWith("  Please add\r\nthe baseline.\u0000  ", LATER);

		assertThat(transition.reason()).isEqualTo("Please add\nthe baseline.");
		assertThat(transition.auditDetails()).isEqualTo("Please add\nthe baseline.");
	}

	@Test
	void theAuditNamesEachStepAndGivesTheReasonWhereThereIsOne() {
		var item = draft();

		var submitted = item.submit(LATER);
		var returned = item.returnWith("Cite the source.", LATER);
		var published = item.publish(LATER);
		var unpublished = item.unpublish("Withdrawn by the city.", LATER);

		assertThat(List.of(submitted, returned, published, unpublished))
			.extracting(EditorialStep.Transition::auditAction, EditorialStep.Transition::auditDetails)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("submitted", ""),
					org.assertj.core.groups.Tuple.tuple("returned", "Cite the source."),
					org.assertj.core.groups.Tuple.tuple("published", ""),
					org.assertj.core.groups.Tuple.tuple("unpublished", "Withdrawn by the city."));
		assertThat(List.of(submitted, returned, published, unpublished)).extracting((t) -> t.step().comment())
			.containsExactly(Comment.Action.SUBMITTED, Comment.Action.RETURNED, Comment.Action.PUBLISHED,
					Comment.Action.UNPUBLISHED);
	}

	@Test
	void onlyPublishingAndTakingDownChangeWhatThePublicSees() {
		var item = draft();

		assertThat(item.submit(LATER).changesWhatIsPublic()).isFalse();
		assertThat(item.returnWith("Cite the source.", LATER).changesWhatIsPublic()).isFalse();
		assertThat(item.publish(LATER).changesWhatIsPublic()).isTrue();
		assertThat(item.unpublish("Withdrawn.", LATER).changesWhatIsPublic()).isTrue();
		assertThat(item.submit(LATER).changesWhatIsPublic()).isFalse();
	}

	@Test
	void publishingAgainKeepsTheFirstPublicationDate() {
		var item = draft();
		var again = LATER.plus(Duration.ofDays(10));

		item.publish(LATER);
		item.unpublish("Figures under review.", LATER);
		item.submit(again);
		item.publish(again);

		assertThat(item.firstPublishedAt()).isEqualTo(LATER);
		assertThat(item.publishedAt()).isEqualTo(again);
		assertThat(item.sortDate()).isEqualTo(LATER);
	}

	@Test
	void aCaseStudyIsDatedByTheStartOfItsWorkOrElseItsEnd() {
		var item = draft();
		item.year(1999);

		item.caseStudy(new CaseStudyDetails(2015, 2020, "Toyama City"));
		assertThat(item.effectiveYear()).isEqualTo(2015);

		item.caseStudy(new CaseStudyDetails(null, 2020, null));
		assertThat(item.effectiveYear()).isEqualTo(2020);
	}

	@Test
	void newsIsDatedAndSortedByItsDay() {
		var news = new KnowledgeItem(ContentKind.NEWS, "en", null, null, CREATED);
		news.publish(LATER);
		assertThat(news.effectiveYear()).isNull();
		assertThat(news.sortDate()).isEqualTo(LATER);

		news.news(new NewsDetails(LocalDate.parse("2024-05-17")));

		assertThat(news.effectiveYear()).isEqualTo(2024);
		assertThat(news.sortDate()).isEqualTo(Instant.parse("2024-05-17T00:00:00Z"));
	}

	@Test
	void publicationsAndPoliciesAreDatedByTheirYearNetworksAndToolsNotAtAll() {
		for (var kind : List.of(ContentKind.PUBLICATION, ContentKind.POLICY, ContentKind.NETWORK, ContentKind.TOOL)) {
			var item = new KnowledgeItem(kind, "en", null, null, CREATED);
			item.year(2019);
			assertThat(item.effectiveYear()).as(kind.name())
				.isEqualTo((kind == ContentKind.PUBLICATION || kind == ContentKind.POLICY) ? 2019 : null);
		}
	}

	@Test
	void detailsAKindDoesNotHaveReadAsEmpty() {
		var item = draft();

		assertThat(item.caseStudy()).isEqualTo(CaseStudyDetails.NONE);
		assertThat(item.publication()).isEqualTo(PublicationDetails.NONE);
		assertThat(item.news()).isEqualTo(NewsDetails.NONE);
		assertThat(item.network()).isEqualTo(NetworkDetails.NONE);
		assertThat(item.policy()).isEqualTo(PolicyDetails.NONE);
		assertThat(item.tool().languages()).isEmpty();
	}

	@Test
	void aToolKeepsItsLanguagesInOrder() {
		var tool = ToolDetails.of(ToolCost.FREE, List.of("en", "zh", "mn"));

		assertThat(tool.languageCodes()).isEqualTo("en,zh,mn");
		assertThat(tool.languages()).containsExactly("en", "zh", "mn");
		assertThat(ToolDetails.of(null, List.of()).languageCodes()).isNull();
	}

}
