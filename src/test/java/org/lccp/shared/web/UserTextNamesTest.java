package org.lccp.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Name keys meet across case, spacing, punctuation and Unicode compatibility forms. */
class UserTextNamesTest {

	@Test
	void latinNamesMeetWhateverTheirCaseSpacingPunctuationAndAccents() {
		assertThat(UserText.normaliseName("Incheon Metropolitan City"))
			.isEqualTo(UserText.normaliseName("  INCHEON metropolitan-city. "))
			.isEqualTo(UserText.normaliseName("Ｉｎｃｈｅｏｎ Ｍｅｔｒｏｐｏｌｉｔａｎ Ｃｉｔｙ"));
		assertThat(UserText.normaliseName("Université de Tokyo"))
			.isEqualTo(UserText.normaliseName("Universite de Tokyo"));
	}

	@Test
	void chineseAndRussianNamesMeetAcrossSpacesFullWidthFormsAndCase() {
		assertThat(UserText.normaliseName("北京市 生态环境局（ＢＪ）")).isEqualTo(UserText.normaliseName("北京市生态环境局(bj)"));
		assertThat(UserText.normaliseName("АДМИНИСТРАЦИЯ  города Иркутска,"))
			.isEqualTo(UserText.normaliseName("Администрация города Иркутска"));
	}

	@Test
	void marksThatMakeAnotherLetterOutsideLatinAreKept() {
		assertThat(UserText.normaliseName("ガス")).isNotEqualTo(UserText.normaliseName("カス"));
		assertThat(UserText.normaliseName("ｶﾞｽ")).isEqualTo(UserText.normaliseName("ガス"));
		assertThat(UserText.normaliseName("Бийск")).isNotEqualTo(UserText.normaliseName("Бииск"));
	}

}
