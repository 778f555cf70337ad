package org.lccp.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static final String EMAIL = "kim.minji@incheon.example";

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphrase() {
		assertThat(this.policy.check("green tram lines for incheon", EMAIL)).isEmpty();
	}

	@Test
	void twelveCharactersAreTheMinimum() {
		assertThat(this.policy.check("Vq7#pLm2@xR", EMAIL)).contains("identity.password.tooShort");
		assertThat(this.policy.check("Vq7#pLm2@xRt", EMAIL)).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotUtf16Units() {
		// Six characters outside the Basic Multilingual Plane are twelve UTF-16 units but
		// only six characters.
		assertThat(this.policy.check("🌳🚋🌊🏙🔋🌞", EMAIL)).contains("identity.password.tooShort");
	}

	@Test
	void refusesMissingAndOverlongPasswords() {
		assertThat(this.policy.check(null, EMAIL)).contains("identity.password.tooShort");
		assertThat(this.policy.check("", EMAIL)).contains("identity.password.tooShort");
		assertThat(this.policy.check("river parks ".repeat(11), EMAIL)).contains("identity.password.tooLong");
	}

	@Test
	void refusesPasswordsOfTheCommonList() {
		assertThat(this.policy.check("password1234", EMAIL)).contains("identity.password.common");
		assertThat(this.policy.check("PASSWORD1234", EMAIL)).contains("identity.password.common");
		assertThat(this.policy.check("iloveyou2024!", EMAIL)).contains("identity.password.common");
		assertThat(this.policy.check("qwertyuiop12", EMAIL)).contains("identity.password.common");
	}

	@Test
	void refusesTriviallyGuessablePasswordsThatAreNotOnTheList() {
		assertThat(this.policy.check("aaaaaaaaaaaa", EMAIL)).contains("identity.password.common");
		assertThat(this.policy.check("abcabcabcabc", EMAIL)).contains("identity.password.common");
	}

	@Test
	void refusesAPasswordContainingTheLocalPartOfTheEmail() {
		assertThat(this.policy.check("Kim.Minji river parks 42", EMAIL)).contains("identity.password.containsEmail");
		// The same passphrase is fine for someone else.
		assertThat(this.policy.check("Kim.Minji river parks 42", "lee@incheon.example")).isEmpty();
	}

}
