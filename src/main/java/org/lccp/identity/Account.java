package org.lccp.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;

@Entity
@Table(name = "account")
class Account {

	@Id
	private UUID id;

	private String email;

	@Column(name = "email_normalised")
	private String emailNormalised;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	private String affiliation;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected Account() {
	}

	Account(String email, String passwordHash, String displayName, Language language, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email.strip();
		this.emailNormalised = normalise(email);
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.preferredLanguage = language.code();
		this.enabled = true;
		this.createdAt = createdAt;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void verifyEmail(Instant at) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = at;
		}
	}

	boolean isVerified() {
		return this.emailVerifiedAt != null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void updateProfile(String displayName, Language language, String affiliation) {
		this.displayName = displayName;
		this.preferredLanguage = language.code();
		this.affiliation = affiliation;
	}

	void setAffiliation(String affiliation) {
		this.affiliation = affiliation;
	}

	boolean grant(Role role) {
		return this.roles.add(role);
	}

	boolean withdraw(Role role) {
		return this.roles.remove(role);
	}

	UUID getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Language getLanguage() {
		return Language.fromCode(this.preferredLanguage).orElse(Language.EN);
	}

	String getAffiliation() {
		return this.affiliation;
	}

	Instant getEmailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Set<Role> getRoles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	AccountView view() {
		return new AccountView(this.id, this.email, this.displayName, getLanguage(), this.affiliation, getRoles(),
				isVerified(), this.createdAt);
	}

}
