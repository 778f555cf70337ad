package org.lccp.membership;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.web.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipApplicationTest {

	private static final UUID APPLICANT = UUID.randomUUID();

	private static final UUID OFFICER = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	private static final Checklist COMPLETE = new Checklist(true, true, true, true);

	static ApplicationDetails details(String nameEnglish) {
		return new ApplicationDetails("수원특례시", nameEnglish, InstitutionType.LOCAL_GOVERNMENT, "KR", "Suwon",
				"https://www.suwon.go.kr", "Runs a low-carbon transport programme.",
				Set.of(ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES), Set.of(Sector.TRANSPORT), "Park Jiwoo",
				"Climate officer", "park@suwon.example", "+82 31 228 2114", false, null);
	}

	static MembershipApplication draft() {
		return new MembershipApplication(APPLICANT, details("Suwon Special City"), NOW);
	}

	static MembershipApplication submitted() {
		var application = draft();
		application.submit(NOW);
		return application;
	}

	static MembershipApplication accepted() {
		var application = submitted();
		application.updateChecklist(COMPLETE);
		application.accept(UUID.randomUUID(), OFFICER, NOW);
		return application;
	}

	static MembershipApplication rejected() {
		var application = submitted();
		application.reject("Not working on cities.", OFFICER, NOW);
		return application;
	}

	static void assertConflict(Executable change, String key) {
		assertThatThrownBy(change::execute).isInstanceOf(ConflictException.class)
			.extracting((ex) -> ((ConflictException) ex).messageKey())
			.isEqualTo(key);
	}

	@Test
	void aNewApplicationIsADraftOfItsApplicantWithANormalisedName() {
		var application = new MembershipApplication(APPLICANT, details("  SUWON special-city "), NOW);
		assertThat(application.getState()).isEqualTo(ApplicationState.DRAFT);
		assertThat(application.getApplicantId()).isEqualTo(APPLICANT);
		assertThat(application.getNameNormalised()).isEqualTo("suwonspecialcity");
		assertThat(application.getSubmittedAt()).isNull();
		assertThat(application.checklist().complete()).isFalse();
	}

	@Test
	void aDraftCanBeEditedAndSubmitted() {
		var application = draft();
		application.edit(details("Suwon City"));
		assertThat(application.getNameEnglish()).isEqualTo("Suwon City");
		assertThat(application.submit(NOW)).isEqualTo(ApplicationState.DRAFT);
		assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.getSubmittedAt()).isNotNull();
	}

	@Test
	void aSubmittedApplicationCannotBeEditedOrSubmittedAgainByTheApplicant() {
		var application = submitted();
		assertConflict(() -> application.edit(details("Other name")), "membership.application.notEditable");
		assertConflict(() -> application.submit(NOW), "membership.application.wrongState");
		assertThat(application.getNameEnglish()).isEqualTo("Suwon Special City");
		assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
	}

	@Test
	void moreInformationCanOnlyBeRequestedForASubmittedApplication() {
		var application = draft();
		assertConflict(application::requestMoreInformation, "membership.application.wrongState");
		assertThat(application.getState()).isEqualTo(ApplicationState.DRAFT);

		application.submit(NOW);
		application.requestMoreInformation();
		assertThat(application.getState()).isEqualTo(ApplicationState.MORE_INFO_REQUESTED);
		assertConflict(application::requestMoreInformation, "membership.application.wrongState");
	}

	@Test
	void anApplicationAwaitingMoreInformationCanBeEditedAndResubmitted() {
		var application = submitted();
		application.requestMoreInformation();
		application.edit(details("Suwon Special City Government"));
		assertThat(application.submit(NOW)).isEqualTo(ApplicationState.MORE_INFO_REQUESTED);
		assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.getNameEnglish()).isEqualTo("Suwon Special City Government");
	}

	@Test
	void acceptingNeedsEveryPointOfTheChecklist() {
		var application = submitted();
		for (var partial : new Checklist[] { new Checklist(false, true, true, true),
				new Checklist(true, false, true, true), new Checklist(true, true, false, true),
				new Checklist(true, true, true, false) }) {
			application.updateChecklist(partial);
			assertConflict(() -> application.accept(UUID.randomUUID(), OFFICER, NOW),
					"membership.application.checklistIncomplete");
			assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
			assertThat(application.getInstitutionId()).isNull();
		}
		application.updateChecklist(COMPLETE);
		var institution = UUID.randomUUID();
		application.accept(institution, OFFICER, NOW);
		assertThat(application.getState()).isEqualTo(ApplicationState.ACCEPTED);
		assertThat(application.getInstitutionId()).isEqualTo(institution);
		assertThat(application.getDecidedAt()).isNotNull();
	}

	@Test
	void onlyASubmittedApplicationCanBeAccepted() {
		var draft = draft();
		draft.updateChecklist(COMPLETE);
		assertConflict(() -> draft.accept(UUID.randomUUID(), OFFICER, NOW), "membership.application.wrongState");

		var waiting = submitted();
		waiting.updateChecklist(COMPLETE);
		waiting.requestMoreInformation();
		assertConflict(() -> waiting.accept(UUID.randomUUID(), OFFICER, NOW), "membership.application.wrongState");
		assertThat(waiting.getState()).isEqualTo(ApplicationState.MORE_INFO_REQUESTED);
	}

	@Test
	void rejectingNeedsAReason() {
		var application = submitted();
		assertConflict(() -> application.reject(null, OFFICER, NOW), "membership.application.reasonRequired");
		assertConflict(() -> application.reject("  \n ", OFFICER, NOW), "membership.application.reasonRequired");
		assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.getRejectionReason()).isNull();

		assertThat(application.reject("A company is not eligible.", OFFICER, NOW))
			.isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.getState()).isEqualTo(ApplicationState.REJECTED);
		assertThat(application.getRejectionReason()).isEqualTo("A company is not eligible.");
		assertThat(application.getDecidedAt()).isNotNull();
	}

	@Test
	void anApplicationAwaitingMoreInformationCanBeRejectedButADraftCannot() {
		var waiting = submitted();
		waiting.requestMoreInformation();
		assertThat(waiting.reject("No answer after three months.", OFFICER, NOW))
			.isEqualTo(ApplicationState.MORE_INFO_REQUESTED);
		assertThat(waiting.getState()).isEqualTo(ApplicationState.REJECTED);

		var draft = draft();
		assertConflict(() -> draft.reject("Not sent yet.", OFFICER, NOW), "membership.application.wrongState");
		assertThat(draft.getState()).isEqualTo(ApplicationState.DRAFT);
	}

	@Test
	void anAcceptedApplicationRefusesEveryChange() {
		var application = accepted();
		assertFinal(application);
		assertThat(application.getState()).isEqualTo(ApplicationState.ACCEPTED);
	}

	@Test
	void aRejectedApplicationRefusesEveryChange() {
		var application = rejected();
		assertFinal(application);
		assertThat(application.getState()).isEqualTo(ApplicationState.REJECTED);
		assertThat(application.getRejectionReason()).isEqualTo("Not working on cities.");
	}

	private static void assertFinal(MembershipApplication application) {
		var before = application.checklist();
		assertConflict(() -> application.edit(details("Changed")), "membership.application.notEditable");
		assertConflict(() -> application.submit(NOW), "membership.application.wrongState");
		assertConflict(application::requestMoreInformation, "membership.application.wrongState");
		assertConflict(() -> application.updateChecklist(new Checklist(false, false, false, false)),
				"membership.application.decided");
		assertConflict(() -> application.accept(UUID.randomUUID(), OFFICER, NOW), "membership.application.wrongState");
		assertConflict(() -> application.reject("Changed our mind.", OFFICER, NOW),
				"membership.application.wrongState");
		assertThat(application.getNameEnglish()).isEqualTo("Suwon Special City");
		assertThat(application.checklist()).isEqualTo(before);
		assertThat(application.getState().isFinal()).isTrue();
	}

}
