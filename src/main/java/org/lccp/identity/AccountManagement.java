package org.lccp.identity;

import java.time.Clock;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.lccp.shared.web.Paging;
import org.lccp.mail.Mailer;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NotFoundException;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade: accounts, their verification, passwords and roles.
 */
@Service
public class AccountManagement {

	/**
	 * Marks the authentication {@link #actingAs} puts in place, so that work already
	 * acting for an account (demo data) may hand over to another.
	 */
	private static final Object ACTING = new Object();

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Mailer mailer;

	private final MessageSource messages;

	private final WebProperties web;

	private final IdentityProperties properties;

	private final AuditLog audit;

	private final PasswordResets resets;

	private final Clock clock;

	AccountManagement(Accounts accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Mailer mailer, MessageSource messages, WebProperties web,
			IdentityProperties properties, AuditLog audit, PasswordResets resets, Clock clock) {
		this.resets = resets;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.mailer = mailer;
		this.messages = messages;
		this.web = web;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers an account and mails a verification link. When the address is already
	 * registered, the owner is told by mail instead and the caller sees the same outcome,
	 * so sign-up reveals nothing about who has an account. Open by rule to anyone: the
	 * account has no role until it verifies its address and the secretariat grants one.
	 * @throws PasswordRejectedException when the password breaks the policy
	 */
	@Transactional
	public void signUp(String email, String password, String displayName, Language language) {
		this.passwordPolicy.check(password, email).ifPresent((key) -> {
			throw new PasswordRejectedException(key);
		});
		// Hashed on both paths: without it an existing address answered in a tenth of the
		// time, which told who has an account.
		var hash = this.passwordEncoder.encode(password);
		var existing = this.accounts.findByEmailNormalised(Account.normalise(email));
		if (existing.isPresent()) {
			var owner = existing.get();
			mail(owner, "identity.mail.alreadyRegistered", this.web.link("/login"), this.web.link("/password/forgot"));
			return;
		}
		var account = this.accounts.save(new Account(email, hash, displayName, language, this.clock.instant()));
		this.audit.recordFor(account.getId(), account.getEmail(), "Account", account.getId(), "SIGNED_UP", null);
		sendVerification(account);
	}

	/**
	 * Creates a ready, verified account for the demo data. Demo loaders run at start-up
	 * with nobody signed in; within a request only the secretariat may, so a visitor or
	 * member reaching it creates nothing. Which classes call this is fixed by
	 * {@code ArchitectureTests} ({@code ..demo..} packages only).
	 * @throws AccessDeniedException when called for anyone but the platform itself or the
	 * secretariat
	 */
	@Transactional
	public AccountView createDemoAccount(String email, String password, String displayName, Language language,
			Role... roles) {
		if (!CurrentUser.isSystemWork()) {
			requireSecretariat();
		}
		return createVerified(email, password, displayName, language, roles);
	}

	/**
	 * Creates a ready, verified account without any check: the first administrator
	 * ({@link AdministratorBootstrap}), demo accounts through {@link #createDemoAccount}
	 * and test accounts.
	 */
	@Transactional
	AccountView createVerified(String email, String password, String displayName, Language language, Role... roles) {
		var account = new Account(email, this.passwordEncoder.encode(password), displayName, language,
				this.clock.instant());
		account.verifyEmail(this.clock.instant());
		for (var role : roles) {
			account.grant(role);
		}
		this.accounts.save(account);
		this.audit.recordFor(null, null, "Account", account.getId(), "CREATED", "roles=" + account.getRoles());
		return account.view();
	}

	/**
	 * Runs work as if the given account were signed in, so that module rules, ownership
	 * checks and the audit log see that account. For demo data, tests and background work
	 * done on behalf of the account that submitted it (the account's rights are checked
	 * again when the work runs); never for requests. Work on a thread with nobody signed
	 * in (start-up, scheduler, event listeners, tests) may act as any account; within a
	 * request only the secretariat may, or an account as itself. Which classes call this
	 * is also fixed by {@code ArchitectureTests}.
	 * @throws AccessDeniedException when a request of another account asks for it
	 */
	public <T> T actingAs(UUID accountId, Supplier<T> work) {
		var current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getDetails() != ACTING && !CurrentUser.has(Role.SECRETARIAT)
				&& !CurrentUser.get().map((me) -> me.id().equals(accountId)).orElse(false)) {
			throw new AccessDeniedException("a request may not act as another account");
		}
		var account = this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
		var user = AccountUser.of(account);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		var acting = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		acting.setDetails(ACTING);
		context.setAuthentication(acting);
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Transactional(readOnly = true)
	public boolean anyAccountWithRole(Role role) {
		return this.accounts.existsWithRole(role);
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.accounts.findByEmailNormalised(Account.normalise(email)).isPresent();
	}

	/**
	 * Verifies the email address behind a mailed token; false when the link is unknown,
	 * used or expired. Open by rule: holding the mailed secret is the right.
	 */
	@Transactional
	public boolean verifyEmail(String secret) {
		var token = this.tokens.findByTokenHash(AccountToken.hash(secret == null ? "" : secret));
		if (token.isEmpty() || !token.get().usableFor(AccountToken.Purpose.VERIFY_EMAIL, this.clock.instant())) {
			return false;
		}
		token.get().use(this.clock.instant());
		var account = this.accounts.findById(token.get().getAccountId()).orElseThrow();
		account.verifyEmail(this.clock.instant());
		this.audit.recordFor(account.getId(), account.getEmail(), "Account", account.getId(), "EMAIL_VERIFIED", null);
		return true;
	}

	/**
	 * Sends a new verification link when the address belongs to an unverified account;
	 * silent otherwise. Open by rule: the link goes only to the address itself.
	 */
	@Transactional
	public void resendVerification(String email) {
		this.accounts.findByEmailNormalised(Account.normalise(email))
			.filter((a) -> !a.isVerified())
			.ifPresent(this::sendVerification);
	}

	/**
	 * Mails a reset link when the address is registered; says nothing either way. The
	 * lookup and the mail happen in the background ({@link PasswordResets}), so the
	 * request takes the same time whether or not the address has an account. Open by
	 * rule: the link goes only to the address itself.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		this.resets.submit(email);
	}

	/** The background half of {@link #requestPasswordReset(String)}. */
	@Transactional
	void sendResetLink(String email) {
		this.accounts.findByEmailNormalised(Account.normalise(email)).ifPresent((account) -> {
			this.tokens.invalidateAll(account.getId(), AccountToken.Purpose.RESET_PASSWORD);
			var issued = AccountToken.issue(account.getId(), AccountToken.Purpose.RESET_PASSWORD,
					this.properties.resetValidity(), this.clock.instant());
			this.tokens.save(issued.token());
			mail(account, "identity.mail.reset", this.web.link("/password/reset?token=" + issued.secret()),
					this.properties.resetValidity().toMinutes());
		});
	}

	@Transactional(readOnly = true)
	public boolean resetTokenUsable(String secret) {
		return this.tokens.findByTokenHash(AccountToken.hash(secret == null ? "" : secret))
			.filter((t) -> t.usableFor(AccountToken.Purpose.RESET_PASSWORD, this.clock.instant()))
			.isPresent();
	}

	/**
	 * Sets a new password from a reset link. Resetting also proves the address, so it
	 * verifies the account. Open by rule: holding the mailed secret is the right.
	 * @return false when the link is unknown, used or expired
	 */
	@Transactional
	public boolean resetPassword(String secret, String newPassword) {
		var token = this.tokens.findByTokenHash(AccountToken.hash(secret == null ? "" : secret))
			.filter((t) -> t.usableFor(AccountToken.Purpose.RESET_PASSWORD, this.clock.instant()));
		if (token.isEmpty()) {
			return false;
		}
		var account = this.accounts.findById(token.get().getAccountId()).orElseThrow();
		this.passwordPolicy.check(newPassword, account.getEmail()).ifPresent((key) -> {
			throw new PasswordRejectedException(key);
		});
		token.get().use(this.clock.instant());
		account.changePassword(this.passwordEncoder.encode(newPassword));
		account.verifyEmail(this.clock.instant());
		this.audit.recordFor(account.getId(), account.getEmail(), "Account", account.getId(), "PASSWORD_RESET", null);
		return true;
	}

	/**
	 * Changes the signed-in account's password after checking the current one; its own
	 * only, refused with nobody signed in.
	 * @throws PasswordRejectedException when the current password is wrong or the new one
	 * breaks the policy
	 */
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		var account = current();
		if (!this.passwordEncoder.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
			throw new PasswordRejectedException("identity.password.currentWrong");
		}
		this.passwordPolicy.check(newPassword, account.getEmail()).ifPresent((key) -> {
			throw new PasswordRejectedException(key);
		});
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record("Account", account.getId(), "PASSWORD_CHANGED", null);
	}

	/** The signed-in account's own name, language and affiliation; nobody else's. */
	@Transactional
	public void updateProfile(String displayName, Language language, String affiliation) {
		var account = current();
		account.updateProfile(displayName, language, affiliation);
		this.audit.record("Account", account.getId(), "PROFILE_UPDATED",
				"name=" + displayName + ", language=" + language.code());
	}

	/** Sets an account's affiliation; the secretariat's, as on its account pages. */
	@Transactional
	public void setAffiliation(UUID accountId, String affiliation) {
		requireSecretariat();
		var account = load(accountId);
		account.setAffiliation(affiliation);
		this.audit.record("Account", accountId, "AFFILIATION_SET", affiliation);
	}

	/**
	 * Grants a role; recorded in the audit log. Idempotent. Only the secretariat grants,
	 * whether on its account pages or through another module's decision (an accepted
	 * membership, a listed expert), so a call that skips the address rules is held to the
	 * same rule.
	 */
	@Transactional
	public void grant(UUID accountId, Role role) {
		requireSecretariat();
		grantUnchecked(load(accountId), role);
	}

	/**
	 * Gives the signed-in account a role that it earns by its own act, after the calling
	 * module has checked that act: an institution's account that accepts the
	 * secretariat's invitation to serve as a resource centre. Never the secretariat's
	 * role; which classes call this is fixed by {@code ArchitectureTests}.
	 */
	@Transactional
	public void grantToSignedInAccount(Role role) {
		if (role == Role.SECRETARIAT) {
			throw new AccessDeniedException("the secretariat's role is granted only by the secretariat");
		}
		grantUnchecked(current(), role);
	}

	private void grantUnchecked(Account account, Role role) {
		if (account.grant(role)) {
			this.audit.record("Account", account.getId(), "ROLE_GRANTED", role.name());
		}
	}

	/**
	 * Withdraws a role (the secretariat's decision, as {@link #grant}); the last
	 * secretariat account keeps its role so that nobody is locked out.
	 */
	@Transactional
	public void withdraw(UUID accountId, Role role) {
		requireSecretariat();
		var account = load(accountId);
		if (role == Role.SECRETARIAT && account.getRoles().contains(Role.SECRETARIAT)
				&& this.accounts.findAll()
					.stream()
					.filter((a) -> a.getRoles().contains(Role.SECRETARIAT))
					.count() <= 1) {
			throw new LastSecretariatException();
		}
		if (account.withdraw(role)) {
			this.audit.record("Account", accountId, "ROLE_WITHDRAWN", role.name());
		}
	}

	@Transactional(readOnly = true)
	public AccountView find(UUID id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmailNormalised(Account.normalise(email)).map(Account::view);
	}

	@Transactional(readOnly = true)
	public Page<AccountView> search(String query, int page) {
		return this.accounts.search(query == null ? "" : query.strip(), Paging.of(page, 25, 25)).map(Account::view);
	}

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private Account current() {
		return load(CurrentUser.get()
			.map(CurrentUser.AccountPrincipal::id)
			.orElseThrow(() -> new AccessDeniedException("no signed-in account")));
	}

	private Account load(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private void sendVerification(Account account) {
		this.tokens.invalidateAll(account.getId(), AccountToken.Purpose.VERIFY_EMAIL);
		var issued = AccountToken.issue(account.getId(), AccountToken.Purpose.VERIFY_EMAIL,
				this.properties.verificationValidity(), this.clock.instant());
		this.tokens.save(issued.token());
		mail(account, "identity.mail.verify", this.web.link("/signup/verify?token=" + issued.secret()),
				this.properties.verificationValidity().toHours());
	}

	private void mail(Account account, String key, Object... args) {
		var locale = account.getLanguage().locale();
		var subject = this.messages.getMessage(key + ".subject", null, locale);
		var greeting = this.messages.getMessage("mail.greeting", new Object[] { account.getDisplayName() }, locale);
		var body = this.messages.getMessage(key + ".body", args, locale);
		var signature = this.messages.getMessage("mail.signature", null, locale);
		this.mailer.send(account.getEmail(), subject, greeting + "\n\n" + body + "\n\n" + signature);
	}

	/** No account has this id. */
	public static class AccountNotFoundException extends NotFoundException {

		AccountNotFoundException(UUID id) {
			super("identity.account.notFound", id);
		}

	}

	/** A password that the policy refuses; the key names the rule. */
	public static class PasswordRejectedException extends RuntimeException {

		private final String messageKey;

		PasswordRejectedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

	/** Withdrawing the role would leave the platform without a secretariat. */
	public static class LastSecretariatException extends org.lccp.shared.web.ConflictException {

		LastSecretariatException() {
			super("identity.role.lastSecretariat");
		}

	}

}
