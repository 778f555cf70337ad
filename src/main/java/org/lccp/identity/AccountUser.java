package org.lccp.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.lccp.shared.security.CurrentUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (database-stored) session. Serializable and free of the
 * entity, so that sessions survive restarts and are shared by nodes.
 */
record AccountUser(UUID id, String email, String displayName, String passwordHash, boolean verified, boolean active,
		List<String> roles) implements UserDetails, CurrentUser.AccountPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static AccountUser of(Account account) {
		return new AccountUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getPasswordHash(),
				account.isVerified(), account.isEnabled(),
				account.getRoles().stream().map((r) -> r.authority()).sorted().toList());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.verified;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.active;
	}

	/** The copy kept after login, without the password hash. */
	AccountUser withoutPassword() {
		return new AccountUser(this.id, this.email, this.displayName, "", this.verified, this.active, this.roles);
	}

}
