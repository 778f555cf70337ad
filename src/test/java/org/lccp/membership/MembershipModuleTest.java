package org.lccp.membership;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AccountView;
import org.lccp.identity.AuditLog;
import org.lccp.mail.Mailer;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;
import org.mockito.ArgumentCaptor;

import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The membership module on its own (accounts, audit log and mail stand in as mocks): an
 * application is decided only by the secretariat and only with a complete checklist, and
 * its acceptance is announced as {@link MembershipAccepted} for other modules to act on.
 */
@ModuleTest
class MembershipModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Mailer mailer;

	private final MembershipManagement membership;

	private final SignedIn applicant = SignedIn.account("Applicant");

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	MembershipModuleTest(MembershipManagement membership) {
		this.membership = membership;
	}

	@BeforeEach
	void accountsExist() {
		given(this.accounts.find(any(UUID.class))).willAnswer((call) -> {
			UUID id = call.getArgument(0);
			return new AccountView(id, id + "@test.lccp.example", "Account " + id, Language.EN, "", Set.of(Role.MEMBER),
					true, Instant.EPOCH);
		});
	}

	@Test
	void acceptingACheckedApplicationAnnouncesTheNewMemberAndGrantsTheApplicantItsRoles(Scenario scenario) {
		var id = submittedApplication(InstitutionType.LOCAL_GOVERNMENT);
		this.officer.run(() -> this.membership.updateChecklist(id, new Checklist(true, true, true, true)),
				Role.SECRETARIAT);

		var accepted = new AtomicReference<UUID>();
		scenario.stimulate(() -> this.officer.as(() -> this.membership.accept(id), Role.SECRETARIAT))
			.andWaitForEventOfType(MembershipAccepted.class)
			.matching((event) -> event.applicationId().equals(id))
			.toArriveAndVerify((event, institutionId) -> {
				accepted.set(institutionId);
				assertThat(event.institutionId()).isEqualTo(institutionId);
				assertThat(event.applicantId()).isEqualTo(this.applicant.id());
				assertThat(event.type()).isEqualTo(InstitutionType.LOCAL_GOVERNMENT);
				assertThat(event.country()).isEqualTo("MN");
			});

		verify(this.accounts).grant(this.applicant.id(), Role.MEMBER);
		verify(this.accounts).grant(this.applicant.id(), Role.CITY_FOCAL_POINT);
		// the applicant was told of the submission, then of the acceptance with a link to
		// the new member's page
		var bodies = ArgumentCaptor.forClass(String.class);
		verify(this.mailer, times(2)).send(eq(this.applicant.id() + "@test.lccp.example"), anyString(),
				bodies.capture());
		assertThat(bodies.getValue()).contains("/members/" + accepted.get());
	}

	@Test
	void anApplicationIsNotAcceptedBeforeItsChecklistIsComplete() {
		var id = submittedApplication(InstitutionType.RESEARCH_INSTITUTION);
		this.officer.run(() -> this.membership.updateChecklist(id, new Checklist(true, true, false, true)),
				Role.SECRETARIAT);

		this.officer.run(
				() -> assertThatThrownBy(() -> this.membership.accept(id)).isInstanceOf(ConflictException.class),
				Role.SECRETARIAT);
		assertThat(this.officer.as(() -> this.membership.application(id).summary().state(), Role.SECRETARIAT))
			.isEqualTo(ApplicationState.SUBMITTED);
	}

	@Test
	void onlyTheSecretariatDecidesAnApplication() {
		var id = submittedApplication(InstitutionType.NON_PROFIT);

		this.applicant.run(() -> {
			assertThatThrownBy(() -> this.membership.updateChecklist(id, new Checklist(true, true, true, true)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.accept(id)).isInstanceOf(AccessDeniedException.class);
		}, Role.MEMBER);
	}

	private UUID submittedApplication(InstitutionType type) {
		var details = new ApplicationDetails("Улаанбаатар хотын захиргаа", "Ulaanbaatar City Office", type, "MN",
				"Ulaanbaatar", "https://ub.example.org", "Runs the city's district heating reform.",
				Set.of(ActivityArea.INFORMATION_SHARING), Set.of(Sector.BUILDINGS), "Bat Erdene", "Officer",
				"bat@ub.example.org", "+976 11 000000", false, null);
		return this.applicant.as(() -> {
			var id = this.membership.startApplication(details);
			this.membership.submit(id);
			return id;
		});
	}

}
