package org.lccp.review;

import org.junit.jupiter.api.Test;
import org.lccp.shared.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The language a review's report is published in: the first one the city asked for. */
class ReviewReportsTest {

	@Test
	void theFirstLanguageNamedByCodeOrNameInAnyOfTheSixLanguagesWins() {
		assertThat(ReviewReports.firstLanguage("ko, en")).isEqualTo(Language.KO);
		assertThat(ReviewReports.firstLanguage("한국어, 영어")).isEqualTo(Language.KO);
		assertThat(ReviewReports.firstLanguage("English and Russian")).isEqualTo(Language.EN);
		assertThat(ReviewReports.firstLanguage("русский / монгольский")).isEqualTo(Language.RU);
		assertThat(ReviewReports.firstLanguage("Монгол, англи")).isEqualTo(Language.MN);
		assertThat(ReviewReports.firstLanguage("中文")).isEqualTo(Language.ZH);
		assertThat(ReviewReports.firstLanguage("日本語と英語")).isEqualTo(Language.JA);
		assertThat(ReviewReports.firstLanguage("Klingon")).isEqualTo(Language.EN);
		assertThat(ReviewReports.firstLanguage(null)).isEqualTo(Language.EN);
	}

}
