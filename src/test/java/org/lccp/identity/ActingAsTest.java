package org.lccp.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Acting as another account is for work nobody is signed in to (start-up, background
 * jobs, event listeners) and for the secretariat; a request of any other account cannot
 * borrow someone else's rights through it.
 */
@LccpTest
class ActingAsTest {

	@Autowired
	AccountManagement accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void signedInWith(Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("request", null, role.authority()));
	}

	@Test
	void workWithNobodySignedInActsAsTheAccountAndGetsItsRights() {
		var admin = new TestAccounts(this.accounts).create("Acting secretariat", Role.SECRETARIAT);

		var seen = this.accounts.actingAs(admin.id(), () -> CurrentUser.id() + " " + CurrentUser.has(Role.SECRETARIAT));

		assertThat(seen).isEqualTo(admin.id() + " true");
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void aMembersRequestMayNotActAsTheSecretariat() {
		var admin = new TestAccounts(this.accounts).create("Borrowed secretariat", Role.SECRETARIAT);
		signedInWith(Role.MEMBER);

		assertThatThrownBy(() -> this.accounts.actingAs(admin.id(), () -> "escalated"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSecretariatMayActForAnAccountAndActingMayHandOver() {
		var people = new TestAccounts(this.accounts);
		var member = people.create("Acted-for member", Role.MEMBER);
		var other = people.create("Handed-over member", Role.MEMBER);
		signedInWith(Role.SECRETARIAT);

		var seen = this.accounts.actingAs(member.id(),
				() -> this.accounts.actingAs(other.id(), () -> CurrentUser.id()));

		assertThat(seen).isEqualTo(other.id());
	}

}
