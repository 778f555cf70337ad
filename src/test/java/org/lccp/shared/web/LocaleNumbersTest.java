package org.lccp.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.format.Formatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Form fields marked {@link LocaleNumber}, read and printed by the binder's formatter.
 */
class LocaleNumbersTest {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@LocaleNumber
	static final int PLAIN = 0;

	@LocaleNumber(commaIsDecimal = true)
	static final int RATE = 0;

	final LocaleNumbers factory = new LocaleNumbers();

	@SuppressWarnings("unchecked")
	<T> Formatter<T> formatter(String field, Class<T> type) throws NoSuchFieldException {
		var annotation = AnnotationUtils.getAnnotation(getClass().getDeclaredField(field), LocaleNumber.class);
		return (Formatter<T>) this.factory.getParser(annotation, type);
	}

	@Test
	void aYearIsAWholeNumberInTheReadersSeparators() throws Exception {
		var years = formatter("PLAIN", Integer.class);
		assertThat(years.parse("2,020", Locale.ENGLISH)).isEqualTo(2020);
		assertThat(years.parse("2 020", RUSSIAN)).isEqualTo(2020);
		assertThat(years.parse("２０３０", Locale.JAPANESE)).isEqualTo(2030);
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> years.parse("2020.5", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> years.parse("soon", Locale.ENGLISH));
	}

	@Test
	void aDecimalIsExactAndPrintedAsPlainDigits() throws Exception {
		var decimals = formatter("PLAIN", BigDecimal.class);
		assertThat(decimals.parse("1 234 567,125", RUSSIAN)).isEqualTo(new BigDecimal("1234567.125"));
		assertThat(decimals.parse("1,234,567.125", Locale.ENGLISH)).isEqualTo(new BigDecimal("1234567.125"));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> decimals.parse("3,5", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> decimals.parse("1e30", Locale.ENGLISH));
		assertThat(decimals.print(new BigDecimal("3.0200E+6"), RUSSIAN)).isEqualTo("3020000");
	}

	@Test
	void aRateTakesACommaForDecimalsInEveryLanguage() throws Exception {
		var rates = formatter("RATE", BigDecimal.class);
		assertThat(rates.parse("-4,5", Locale.ENGLISH)).isEqualTo(new BigDecimal("-4.5"));
		assertThat(rates.parse("−0,25", Locale.KOREAN)).isEqualTo(new BigDecimal("-0.25"));
		assertThat(rates.parse("1.5", RUSSIAN)).isEqualTo(new BigDecimal("1.5"));
	}

}
