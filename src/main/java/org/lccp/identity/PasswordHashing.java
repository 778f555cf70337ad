package org.lccp.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored. BCrypt reads only the first 72 bytes of a password and Spring
 * Security refuses longer ones; 25 Hangul or Chinese characters are already longer.
 * Rather than refuse the long passphrases we encourage, every new password is first
 * reduced to the Base64 form of its SHA-256 digest (44 ASCII characters) and that is
 * given to BCrypt: {@code {bcrypt-sha256}…}. Hashes stored before this scheme
 * ({@code {bcrypt}…}) keep working; their passwords were at most 72 bytes, so a longer
 * password simply does not match them instead of failing.
 */
final class PasswordHashing {

	static final String CURRENT = "bcrypt-sha256";

	static final int BCRYPT_MAX_BYTES = 72;

	private PasswordHashing() {
	}

	static PasswordEncoder encoder() {
		var bcrypt = new BCryptPasswordEncoder();
		var encoders = Map.<String, PasswordEncoder>of(CURRENT, new PreHashed(bcrypt), "bcrypt", new Legacy(bcrypt));
		return new DelegatingPasswordEncoder(CURRENT, encoders);
	}

	static String digest(CharSequence raw) {
		try {
			var sha = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(sha);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record PreHashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(digest(raw));
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return raw != null && this.bcrypt.matches(digest(raw), encoded);
		}

	}

	private record Legacy(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			throw new UnsupportedOperationException("new passwords are stored as " + CURRENT);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
				return false;
			}
			return this.bcrypt.matches(raw, encoded);
		}

	}

}
