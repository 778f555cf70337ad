package org.lccp.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds the fields marked {@link LocaleNumber}: the reader's separators are read with
 * {@link NumberInput}, values are printed as plain digits. The locale is the one the page
 * is shown in, which Spring hands to the formatter from the request.
 */
final class LocaleNumbers implements AnnotationFormatterFactory<LocaleNumber> {

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(BigDecimal.class, Integer.class, Long.class);
	}

	@Override
	public Printer<?> getPrinter(LocaleNumber annotation, Class<?> fieldType) {
		return formatter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(LocaleNumber annotation, Class<?> fieldType) {
		return formatter(annotation, fieldType);
	}

	private static Formatter<? extends Number> formatter(LocaleNumber annotation, Class<?> fieldType) {
		if (fieldType == Integer.class) {
			return new Plain<>((text, locale) -> NumberInput.whole(text, locale).orElse(null));
		}
		if (fieldType == Long.class) {
			return new Plain<>((text, locale) -> NumberInput.decimal(text, locale).map((d) -> {
				try {
					return d.longValueExact();
				}
				catch (ArithmeticException notWhole) {
					return null;
				}
			}).orElse(null));
		}
		if (annotation.commaIsDecimal()) {
			return new Plain<>((text, locale) -> NumberInput.decimal(text, true).orElse(null));
		}
		return new Plain<>((text, locale) -> NumberInput.decimal(text, locale).orElse(null));
	}

	/** Reads with the given rule; text the rule cannot read fails to convert. */
	private record Plain<N extends Number>(
			java.util.function.BiFunction<String, Locale, @org.jspecify.annotations.Nullable N> reader)
			implements
				Formatter<N> {

		@Override
		public String print(N number, Locale locale) {
			return NumberInput.plain(number);
		}

		@Override
		public N parse(String text, Locale locale) throws ParseException {
			var number = this.reader.apply(text, locale);
			if (number == null) {
				throw new ParseException("not a number in " + locale.toLanguageTag() + ": " + text, 0);
			}
			return number;
		}

	}

}
