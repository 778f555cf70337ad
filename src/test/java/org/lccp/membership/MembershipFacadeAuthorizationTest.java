package org.lccp.membership;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The membership facade checks the secretariat role itself, so a caller that skips the
 * address rules (another module, a job) cannot decide applications.
 */
@LccpTest
class MembershipFacadeAuthorizationTest {

	@Autowired
	MembershipManagement membership;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void decisionsWithoutTheSecretariatRoleAreRefusedAndChangeNothing() {
		var accounts = new TestAccounts(this.accountManagement);
		var applicant = accounts.create("Facade applicant");
		var member = accounts.create("Facade member", Role.MEMBER, Role.RESOURCE_CENTRE);
		var officer = accounts.create("Facade officer", Role.SECRETARIAT);
		var name = ApplicationFields.uniqueName("Facade Institute");
		var details = new ApplicationDetails(name, name, InstitutionType.RESEARCH_INSTITUTION, "JP", "Kitakyushu", null,
				"Studies.", Set.of(), Set.of(), "Contact", null, "c@example.org", null, false, null);
		UUID id = this.accountManagement.actingAs(applicant.id(), () -> {
			var created = this.membership.startApplication(details);
			this.membership.submit(created);
			return created;
		});

		this.accountManagement.actingAs(member.id(), () -> {
			assertThatThrownBy(() -> this.membership.accept(id)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.reject(id, "no")).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.requestMoreInformation(id, "more?"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.messageApplicant(id, "hi"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.updateChecklist(id, new Checklist(true, true, true, true)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.registerExistingMember(details, null, "test"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.membership.appointFocalPoint(member.id(), "JP"))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
		// Nobody signed in is refused too (except the system's own registration of
		// members).
		assertThatThrownBy(() -> this.membership.accept(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.membership.suspend(UUID.randomUUID(), "x"))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.jdbc.queryForObject("select state from membership_application where id = ?", String.class, id))
			.isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("select check_eligible_type from membership_application where id = ?",
				Boolean.class, id))
			.isFalse();
		assertThat(
				this.jdbc.queryForObject("select count(*) from institution where name_english = ?", Long.class, name))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from national_focal_point where account_id = ?",
				Long.class, member.id()))
			.isZero();

		// The secretariat may.
		this.accountManagement.actingAs(officer.id(), () -> {
			this.membership.updateChecklist(id, new Checklist(true, true, true, true));
			return this.membership.accept(id);
		});
		assertThat(this.jdbc.queryForObject("select state from membership_application where id = ?", String.class, id))
			.isEqualTo("ACCEPTED");
	}

}
