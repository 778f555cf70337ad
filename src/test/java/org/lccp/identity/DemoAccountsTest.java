package org.lccp.identity;

import java.lang.reflect.Modifier;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.AnonymousVisitor;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ready, verified accounts with any role are made only by the platform itself: the first
 * administrator inside identity, the demo data at start-up through a checked door, and
 * the secretariat. A request of a member or an anonymous visitor that reaches that door
 * creates nothing.
 */
@LccpTest
class DemoAccountsTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberOrAnAnonymousVisitorCannotCreateAVerifiedAccountWithRoles() {
		var member = new TestAccounts(this.accounts).create("Demo door member", Role.MEMBER);
		var byMember = address("by-member");
		var byVisitor = address("by-visitor");

		this.accounts.actingAs(member.id(), () -> {
			assertThatThrownBy(() -> create(byMember)).isInstanceOf(AccessDeniedException.class);
			return null;
		});
		AnonymousVisitor
			.run(() -> assertThatThrownBy(() -> create(byVisitor)).isInstanceOf(AccessDeniedException.class));

		assertThat(accountsWith(byMember)).isZero();
		assertThat(accountsWith(byVisitor)).isZero();
	}

	@Test
	void theDemoDataAtStartUpAndTheSecretariatMayCreateOne() {
		var officer = new TestAccounts(this.accounts).create("Demo door officer", Role.SECRETARIAT);
		var atStartUp = address("start-up");
		var bySecretariat = address("secretariat");

		// Nobody in the security context: what the demo loaders see at start-up.
		var created = create(atStartUp);
		this.accounts.actingAs(officer.id(), () -> create(bySecretariat));

		assertThat(accountsWith(atStartUp)).isOne();
		assertThat(accountsWith(bySecretariat)).isOne();
		assertThat(this.accounts.find(created.id()).roles()).containsExactly(Role.SECRETARIAT);
	}

	@Test
	void theUncheckedCreationIsNotPartOfTheFacade() throws Exception {
		var unchecked = AccountManagement.class.getDeclaredMethod("createVerified", String.class, String.class,
				String.class, Language.class, Role[].class);
		assertThat(Modifier.isPublic(unchecked.getModifiers())).isFalse();
	}

	private AccountView create(String email) {
		return this.accounts.createDemoAccount(email, "Pw-" + UUID.randomUUID(), "Demo door", Language.EN,
				Role.SECRETARIAT);
	}

	private static String address(String label) {
		return "demo-door." + label + "." + UUID.randomUUID() + "@test.lccp.example";
	}

	private long accountsWith(String email) {
		return this.jdbc.queryForObject("select count(*) from account where lower(email) = lower(?)", Long.class,
				email);
	}

}
