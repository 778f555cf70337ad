package org.lccp.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * Password rules: 12 to 128 characters, not on the common-password list shipped with
 * zxcvbn (30,000 leaked passwords), and not trivially guessable by zxcvbn's estimate.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private final Set<String> common;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	PasswordPolicy() {
		this.common = loadCommonPasswords();
	}

	/**
	 * The message key of the first broken rule, or empty when the password is acceptable.
	 */
	Optional<String> check(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("identity.password.tooLong");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || this.common.contains(lower.replaceAll("[0-9!@#$%^&*.]+$", ""))
				&& lower.replaceAll("[0-9!@#$%^&*.]+$", "").length() >= 6) {
			return Optional.of("identity.password.common");
		}
		if (email != null && !email.isBlank()) {
			var local = email.toLowerCase(Locale.ROOT).split("@")[0];
			if (local.length() >= 4 && lower.contains(local)) {
				return Optional.of("identity.password.containsEmail");
			}
		}
		if (this.zxcvbn.measure(password).getScore() < 2) {
			return Optional.of("identity.password.common");
		}
		return Optional.empty();
	}

	private static Set<String> loadCommonPasswords() {
		var words = new HashSet<String>(40_000);
		try (var in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
			if (in == null) {
				throw new IllegalStateException("common-password list missing from the classpath");
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				var word = line.strip();
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read the common-password list", ex);
		}
		return Set.copyOf(words);
	}

}
