package org.lccp.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The programme's typed forms as a slice (the controllers, the platform's security chain
 * with the programme's access rules, the facades mocks): an invitation, a work-plan link,
 * a status change and an offer to host are bound by Spring's binder, so a word where an
 * id, a choice, a date or a country belongs is that field's error in the reader's
 * language, the page shows what was typed, and the facade is never called.
 */
@ControllerSlice({ ResourceCentreController.class, WorkPlanController.class, ProjectsController.class })
@Import(ProgrammeAccessRules.class)
class ProgrammeFormsSliceTest {

	@MockitoBean
	ResourceCentres centres;

	@MockitoBean
	WorkPlan plan;

	@MockitoBean
	Projects projects;

	@Autowired
	MockMvcTester mvc;

	SliceSession secretariat() {
		return SliceSession.signedIn(this.mvc, Role.SECRETARIAT);
	}

	@Test
	void aWordForTheInstitutionAreaOrTermIsItsFieldErrorInRussianAndNobodyIsInvited() {
		var page = secretariat().post("/resource-centres?lang=ru", "institutionId", "институт", "area", "EVERYTHING",
				"termFrom", "завтра", "termTo", "2027-12-31");

		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.select("#institutionId").attr("value")).isEqualTo("институт");
		assertThat(html.select(".field-error").eachText()).contains("Нет организации-члена с таким идентификатором.",
				"Выберите один из предложенных вариантов.");
		assertThat(html.select("#termFrom").attr("value")).isEqualTo("завтра");
		assertThat(html.select("#termFrom-error").text()).isNotBlank();
		verify(this.centres, never()).invite(any());
	}

	@Test
	void aValidInvitationReachesTheCentresTyped() {
		var institution = UUID.randomUUID();
		var id = UUID.randomUUID();
		given(this.centres.invite(any())).willReturn(id);

		var answer = secretariat().post("/resource-centres", "institutionId", institution.toString(), "area",
				"CAPACITY_BUILDING", "termFrom", "2026-01-01", "termTo", "2027-12-31");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/resource-centres/" + id);
		verify(this.centres).invite(new ResourceCentres.InvitationForm(institution, ActivityArea.CAPACITY_BUILDING,
				LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
	}

	@Test
	void aWordForTheLinkedRecordOrKindIsItsFieldErrorAndNothingIsLinked() {
		var item = anItem();

		var page = secretariat().post("/work-plan/items/" + item + "/links?lang=ja", "kind", "MEETING", "recordId",
				"会議");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#recordId").attr("value")).isEqualTo("会議");
		assertThat(page.html().select(".field-error").eachText()).containsExactly("示された選択肢から選んでください。",
				"記録の識別子（アドレスにあるもの）を入力してください。");
		verify(this.plan, never()).link(any(), any());

		var record = UUID.randomUUID();
		assertThat(secretariat()
			.post("/work-plan/items/" + item + "/links", "kind", "GATHERING", "recordId", record.toString())
			.status()).isEqualTo(302);
		verify(this.plan).link(item, new WorkPlan.LinkForm(WorkPlan.LinkKind.GATHERING, record));
	}

	@Test
	void anUnknownStatusIsRefusedAsBeforeAndAKnownOneChangesTheItem() {
		var item = anItem();

		assertThat(secretariat().post("/work-plan/items/" + item + "/status", "status", "FINISHED", "version", "0")
			.status()).isEqualTo(400);
		assertThat(secretariat().post("/work-plan/items/" + item + "/status", "status", "DONE", "version", "zero")
			.status()).isEqualTo(409);
		verify(this.plan, never()).changeStatus(any(), any());

		assertThat(
				secretariat().post("/work-plan/items/" + item + "/status", "status", "DONE", "version", "3").status())
			.isEqualTo(302);
		verify(this.plan).changeStatus(eq(item), eq(new WorkPlan.StatusForm(WorkPlan.Status.DONE, 3)));
	}

	@Test
	void aCountryCodeNoCountryHasIsTheCountrysFieldErrorAndNoOfferIsRecorded() {
		var page = secretariat().post("/host-offers?lang=ko", "country", "XX", "offeredBy", "Seoul", "event", "Forum",
				"year", "2027", "status", "OFFERED");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".field-error").eachText()).containsExactly("회원국을 선택하세요.");
		verify(this.projects, never()).addHostOffer(any());

		given(this.projects.addHostOffer(any())).willReturn(UUID.randomUUID());
		assertThat(secretariat()
			.post("/host-offers", "country", "kr", "offeredBy", "Seoul", "event", "Forum", "year", "2027", "status",
					"OFFERED")
			.status()).isEqualTo(302);
		verify(this.projects).addHostOffer(
				new Projects.HostOfferForm(new CountryCode("KR"), "Seoul", "Forum", 2027, Projects.HostStatus.OFFERED));
	}

	UUID anItem() {
		var id = UUID.randomUUID();
		given(this.plan.item(id)).willReturn(new WorkPlan.Item(id, 2026, "Workshop", "CAPACITY_BUILDING", null, null,
				null, null, "PLANNED", null, List.of(), 0));
		return id;
	}

}
