package org.lccp.experts;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;

/**
 * The expert roster on its own (accounts and audit log stand in as mocks): an entry
 * reaches the public roster only once the secretariat lists it, the public then sees only
 * the fields the expert made public, and a form with reversed dates is refused field by
 * field.
 */
@ModuleTest
class ExpertsModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	private final ExpertRoster roster;

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	ExpertsModuleTest(ExpertRoster roster) {
		this.roster = roster;
	}

	@Test
	void anEntryIsPublicOnlyAfterListingAndShowsOnlyItsPublicFields() {
		var expert = SignedIn.account("Roster expert");
		var id = expert.as(() -> this.roster.save(form("Dolgor Bat", "2027-01-01", "2027-06-30")), Role.MEMBER);

		assertThat(this.roster.vetted()).extracting(ExpertSummary::id).doesNotContain(id);
		assertThatThrownBy(() -> this.roster.profile(id)).isInstanceOf(ExpertNotFoundException.class);

		this.officer.run(() -> this.roster.list(id), Role.SECRETARIAT);

		verify(this.accounts).grant(expert.id(), Role.EXPERT);
		assertThat(this.roster.vetted()).extracting(ExpertSummary::id).contains(id);
		var seenByThePublic = this.roster.profile(id);
		assertThat(seenByThePublic.status()).isEqualTo(ExpertStatus.LISTED);
		assertThat(seenByThePublic.topics()).containsExactly(Topic.GHG_INVENTORY);
		assertThat(seenByThePublic.institution()).isNull();
		assertThat(seenByThePublic.biography()).isNull();
		assertThat(expert.as(() -> this.roster.profile(id), Role.MEMBER).institution()).isEqualTo("Tsinghua");
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedOnItsField() {
		var expert = SignedIn.account("Hasty expert");

		expert.run(() -> assertThatThrownBy(() -> this.roster.save(form("Li Wei", "2027-06-30", "2027-01-01")))
			.isInstanceOfSatisfying(InvalidExpertException.class,
					(refused) -> assertThat(refused.violations()).containsExactly(
							new InvalidExpertException.Violation("availableUntil", "experts.error.periodReversed"))),
				Role.MEMBER);
		assertThat(expert.as(() -> this.roster.mine(), Role.MEMBER)).isEmpty();
	}

	@Test
	void onlyTheSecretariatListsAnEntry() {
		var expert = SignedIn.account("Impatient expert");
		var id = expert.as(() -> this.roster.save(form("Kim Minji", "", "")), Role.MEMBER);

		expert.run(() -> assertThatThrownBy(() -> this.roster.list(id)).isInstanceOf(AccessDeniedException.class),
				Role.MEMBER);
		assertThat(this.roster.vetted()).extracting(ExpertSummary::id).doesNotContain(id);
	}

	private static ExpertForm form(String name, String from, String until) {
		return new ExpertForm(name, "GHG inventories for cities", "Tsinghua", new CountryCode("CN"),
				"Twenty years of city inventories.", List.of(Topic.GHG_INVENTORY), List.of(Sector.BUILDINGS), List.of(),
				List.of(Language.EN, Language.ZH), CountryCodes.parse("CN, MN"), Availability.AVAILABLE,
				from.isEmpty() ? null : LocalDate.parse(from), until.isEmpty() ? null : LocalDate.parse(until),
				List.of(PublicField.TOPICS, PublicField.LANGUAGES), "");
	}

}
