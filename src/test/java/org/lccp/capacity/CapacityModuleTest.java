package org.lccp.capacity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.experts.ExpertRoster;
import org.lccp.experts.Topic;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AccountView;
import org.lccp.identity.AuditLog;
import org.lccp.mail.Mailer;
import org.lccp.programme.Stewardship;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Capacity building on its own (accounts, audit log, mail, the expert roster, gatherings
 * and the programme's stewardship stand in as mocks): a need meets an offer only when
 * both sides accept, and once the secretariat records the delivered assistance the need
 * closes and {@link AssistanceDelivered} is announced for the peer-review follow-up.
 */
@ModuleTest
class CapacityModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Mailer mailer;

	@MockitoBean
	ExpertRoster roster;

	@MockitoBean
	GatheringManagement gatherings;

	@MockitoBean
	Stewardship stewardship;

	private final CapacityManagement capacity;

	private final SignedIn city = SignedIn.account("City focal point");

	private final SignedIn expert = SignedIn.account("Offering expert");

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	CapacityModuleTest(CapacityManagement capacity) {
		this.capacity = capacity;
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
	void deliveredAssistanceClosesTheNeedAndIsAnnounced(Scenario scenario) {
		var need = this.city.as(() -> this.capacity.postNeed(need("Inventory training for district staff")),
				Role.CITY_FOCAL_POINT);
		var offer = this.expert.as(() -> this.capacity.postOffer(offer()), Role.EXPERT);
		var match = this.officer.as(() -> this.capacity.propose(need, offer), Role.SECRETARIAT);

		this.city.run(() -> this.capacity.accept(match), Role.CITY_FOCAL_POINT);
		assertThat(this.capacity.match(match).status()).isEqualTo("PROPOSED");
		this.expert.run(() -> this.capacity.accept(match), Role.EXPERT);
		assertThat(this.capacity.match(match).status()).isEqualTo("ACCEPTED");
		this.officer.run(
				() -> this.capacity.plan(match,
						new CapacityManagement.PlanForm(java.time.LocalDate.parse("2027-03-10"), null)),
				Role.SECRETARIAT);

		scenario
			.stimulate(() -> this.officer.run(() -> this.capacity.deliver(match,
					new CapacityManagement.OutcomeForm(24, "Staff compiled a first BASIC inventory.", "", 5, "", "")),
					Role.SECRETARIAT))
			.andWaitForEventOfType(AssistanceDelivered.class)
			.matching((event) -> event.matchId().equals(match))
			.toArriveAndVerify((event) -> {
				assertThat(event.needId()).isEqualTo(need);
				assertThat(event.needTitle()).isEqualTo("Inventory training for district staff");
				assertThat(event.recordedBy()).isEqualTo(this.officer.id());
			});
		assertThat(this.capacity.need(need).status()).isEqualTo("CLOSED");
	}

	@Test
	void assistanceIsRecordedOnlyForAPlannedMatch() {
		var need = this.city.as(() -> this.capacity.postNeed(need("Mentoring on adaptation plans")),
				Role.CITY_FOCAL_POINT);
		var offer = this.expert.as(() -> this.capacity.postOffer(offer()), Role.EXPERT);
		var match = this.officer.as(() -> this.capacity.propose(need, offer), Role.SECRETARIAT);

		this.officer.run(() -> assertThatThrownBy(
				() -> this.capacity.deliver(match, new CapacityManagement.OutcomeForm(3, "Early.", "", null, "", "")))
			.isInstanceOf(ConflictException.class), Role.SECRETARIAT);
		assertThat(this.capacity.need(need).status()).isEqualTo("OPEN");
	}

	@Test
	void someoneOnNeitherSideCannotAcceptAMatch() {
		var need = this.city.as(() -> this.capacity.postNeed(need("GIS support")), Role.CITY_FOCAL_POINT);
		var offer = this.expert.as(() -> this.capacity.postOffer(offer()), Role.EXPERT);
		var match = this.officer.as(() -> this.capacity.propose(need, offer), Role.SECRETARIAT);

		SignedIn.account("Bystander")
			.run(() -> assertThatThrownBy(() -> this.capacity.accept(match)).isInstanceOf(AccessDeniedException.class),
					Role.MEMBER);
		assertThat(this.capacity.match(match).status()).isEqualTo("PROPOSED");
	}

	private static NeedForm need(String title) {
		return new NeedForm(title, "", List.of(Topic.GHG_INVENTORY), null, SupportKind.TRAINING, List.of(Language.EN),
				new CountryCode("MN"), "", "", null, null, null, null);
	}

	private static OfferForm offer() {
		return new OfferForm("City inventory training", "Inventory experts", "", List.of(Topic.GHG_INVENTORY),
				List.of(SupportKind.TRAINING), List.of(Language.EN), CountryCodes.parse("MN"), null, null, "");
	}

}
