package org.lccp.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.lccp.identity.AccountManagement;
import org.lccp.identity.TestAccountCreation;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;

/**
 * Creates verified accounts with unique addresses and random passwords for tests.
 */
public final class TestAccounts {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final AccountManagement accounts;

	public TestAccounts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	public TestAccount create(String label, Role... roles) {
		return create(label, Language.EN, roles);
	}

	public TestAccount create(String label, Language language, Role... roles) {
		var email = label.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "." + COUNTER.incrementAndGet() + "."
				+ UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var password = "Pw-" + UUID.randomUUID();
		var view = TestAccountCreation.createVerified(this.accounts, email, password, label, language, roles);
		return new TestAccount(view.id(), email, password, label);
	}

	/** A test account and its password. */
	public record TestAccount(UUID id, String email, String password, String name) {

	}

}
