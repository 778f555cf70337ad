package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.Units;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the inputs of a computed value ({@link InputTrace}) in a language: for pages in
 * the reader's ({@code @traces.text(value.source())}), for the API, the open data and the
 * exports in English, so that machine readers get one stable text. Numbers keep every
 * digit (grouped as the language groups them); a reported source is the reporter's own
 * text and is shown as written.
 */
@Component("traces")
public class Traces {

	private final MessageSource messages;

	private final Units units;

	Traces(MessageSource messages, Units units) {
		this.messages = messages;
		this.units = units;
	}

	/** The text in the reader's language. */
	public String text(@Nullable String stored) {
		return text(stored, LocaleContextHolder.getLocale(), false);
	}

	/** The text for machine readers: English, numbers written plainly. */
	public String english(@Nullable String stored) {
		return text(stored, Locale.ENGLISH, true);
	}

	/** Whether the text is a trace the platform wrote (so in the reader's language). */
	public boolean translated(@Nullable String stored) {
		return InputTrace.parse(stored) != null;
	}

	String text(@Nullable String stored, Locale locale, boolean plain) {
		if (stored == null) {
			return "";
		}
		var parts = InputTrace.parse(stored);
		if (parts == null) {
			return stored;
		}
		return parts.stream().map((part) -> {
			var args = part.args().stream().map((arg) -> argument(arg, locale, plain)).toArray();
			// Signs and "code = value" pairs read the same in every language.
			return switch (part.key()) {
				case InputTrace.DIVIDE -> "÷";
				case InputTrace.EQUALS -> args[0] + " = " + args[1] + ";";
				default -> this.messages.getMessage("benchmarking.trace." + part.key(), args, part.key(), locale);
			};
		}).collect(Collectors.joining(" "));
	}

	private String argument(Object arg, Locale locale, boolean plain) {
		if (arg instanceof InputTrace.Num n) {
			return plain ? n.value().toPlainString() : number(n.value(), locale);
		}
		if (arg instanceof InputTrace.Unit u) {
			return this.units.label(u.code(), locale);
		}
		return String.valueOf(arg);
	}

	static String number(BigDecimal value, Locale locale) {
		var format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

}
