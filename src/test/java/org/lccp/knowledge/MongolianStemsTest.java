package org.lccp.knowledge;

import org.junit.jupiter.api.Test;
import org.lccp.knowledge.search.MongolianStemFilterFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stems a Mongolian dictionary form takes before suffixes, on real words.
 */
class MongolianStemsTest {

	@Test
	void aFinalShortVowelFalls() {
		// хөрөнгө (capital) → хөрөнгийн
		assertThat(MongolianStemFilterFactory.stems("хөрөнгө")).containsExactly("хөрөнг");
	}

	@Test
	void theVowelOfAFinalSyllableFalls() {
		assertThat(MongolianStemFilterFactory.stems("тээвэр")).containsExactly("тээвр");
		assertThat(MongolianStemFilterFactory.stems("бохирдол")).containsExactly("бохирдл");
		assertThat(MongolianStemFilterFactory.stems("төсөл")).containsExactly("төсл");
		assertThat(MongolianStemFilterFactory.stems("ажил")).containsExactly("ажл");
	}

	@Test
	void longVowelsShortWordsAndOtherScriptsStayAsTheyAre() {
		assertThat(MongolianStemFilterFactory.stems("төлөвлөгөө")).isEmpty();
		assertThat(MongolianStemFilterFactory.stems("ногоон")).isEmpty();
		assertThat(MongolianStemFilterFactory.stems("агаар")).isEmpty();
		assertThat(MongolianStemFilterFactory.stems("хот")).isEmpty();
		assertThat(MongolianStemFilterFactory.stems("байгууламж")).isEmpty();
		assertThat(MongolianStemFilterFactory.stems("energy")).isEmpty();
	}

}
