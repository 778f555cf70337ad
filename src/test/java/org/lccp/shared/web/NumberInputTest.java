package org.lccp.shared.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as readers of each language type them. */
class NumberInputTest {

	@ParameterizedTest(name = "{0}: \"{1}\" = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			en | 3,020,000     | 3020000
			zh | 3,020,000     | 3020000
			ja | ３，０２０，０００ | 3020000
			ko | 3,020,000.5   | 3020000.5
			mn | 3,020,000     | 3020000
			ru | 3 020 000     | 3020000
			ru | 3\u00a0020\u00a0000 | 3020000
			ru | 3\u202f020\u202f000,25 | 3020000.25
			ru | 12,5          | 12.5
			ru | 12.5          | 12.5
			ru | 3.020.000     | 3020000
			ru | 3.020.000,5   | 3020000.5
			en | 3 020 000     | 3020000
			en | 3.020.000     | 3020000
			en | 12.5          | 12.5
			en | -40           | -40
			en | −40           | -40
			""")
	void readsTheSeparatorsOfEachLanguage(String language, String typed, String expected) {
		assertThat(NumberInput.decimal(typed, Locale.forLanguageTag(language))).get()
			.satisfies((n) -> assertThat(n).isEqualByComparingTo(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "{0}: \"{1}\" refused")
	@CsvSource(delimiter = '|', textBlock = """
			en | 3,5
			en | 1e30
			en | 12abc
			en | 3 5
			en | 1,2,3
			en | ' '
			ru | 1e308
			zh | 三百万
			""")
	void refusesWhatCouldBeReadTwoWaysOrIsNoNumber(String language, String typed) {
		assertThat(NumberInput.decimal(typed, Locale.forLanguageTag(language))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2020,2020", "'2,020',2020", " 2030 ,2030" })
	void readsYears(String typed, int year) {
		assertThat(NumberInput.whole(typed, Locale.ENGLISH)).contains(year);
	}

	@ParameterizedTest
	@CsvSource({ "2020.5", "soon" })
	void refusesYearsThatAreNotWhole(String typed) {
		assertThat(NumberInput.whole(typed, Locale.ENGLISH)).isEmpty();
	}

}
