package org.lccp.identity;

import org.junit.jupiter.api.Test;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat grants and withdraws roles; the change reaches the account's open
 * session on its next request and is written to the audit log.
 */
@LccpTest
class RoleAdministrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	@Test
	void grantedAndWithdrawnRolesReachTheOpenSessionAndAreAudited() {
		var people = new TestAccounts(this.accounts);
		var officer = people.create("Officer", Role.SECRETARIAT, Role.MEMBER);
		var expert = people.create("Future expert", Role.MEMBER);
		var secretariat = new WebSession(this.port).login(officer.email(), officer.password());
		var member = new WebSession(this.port).login(expert.email(), expert.password());
		assertThat(member.get("/admin/accounts").status()).isEqualTo(403);

		var granted = secretariat.post("/admin/accounts/" + expert.id() + "/roles", "role", "EXPERT", "grant", "true");
		assertThat(granted.status()).isEqualTo(302);
		assertThat(this.accounts.find(expert.id()).roles()).contains(Role.EXPERT, Role.MEMBER);
		assertThat(member.get("/profile").html().select("main .tag.role").eachText()).hasSize(2);

		secretariat.post("/admin/accounts/" + expert.id() + "/roles", "role", "SECRETARIAT", "grant", "true");
		assertThat(member.get("/admin/accounts").status()).as("new role used in the open session").isEqualTo(200);

		secretariat.post("/admin/accounts/" + expert.id() + "/roles", "role", "SECRETARIAT", "grant", "false");
		assertThat(this.accounts.find(expert.id()).roles()).doesNotContain(Role.SECRETARIAT);
		assertThat(member.get("/admin/accounts").status()).as("withdrawn role no longer used").isEqualTo(403);

		var history = this.audit.search(new AuditLog.Filter("", "Account", expert.id().toString(), "", null, null), 0);
		assertThat(history.getContent()).extracting(AuditLog.Entry::actorEmail).contains(officer.email());
		assertThat(history.getContent()).extracting(AuditLog.Entry::action).contains("ROLE_GRANTED", "ROLE_WITHDRAWN");
	}

}
