package org.lccp.inventory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The GPC's notation keys for a row without a figure. IE may name the row the emissions
 * are included in: {@code IE (II.1.1)}.
 */
public enum NotationKey {

	/** Not occurring. */
	NO,
	/** Included elsewhere. */
	IE,
	/** Not estimated. */
	NE,
	/** Confidential. */
	C;

	private static final Pattern WRITTEN = Pattern.compile("(?i)^\\s*(NO|IE|NE|C)\\s*(?:\\((.*)\\))?\\s*$");

	/** A key as written, with the reference or reason given in parentheses. */
	public record Written(NotationKey key, @Nullable String detail) {
	}

	public static Optional<Written> parse(String text) {
		var matcher = WRITTEN.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		var detail = matcher.group(2);
		return Optional.of(new Written(valueOf(matcher.group(1).toUpperCase(Locale.ROOT)),
				detail == null || detail.isBlank() ? null : detail.strip()));
	}

	/** Whether the GPC asks for an explanation with this key (all but NO). */
	public boolean needsExplanation() {
		return this != NO;
	}

}
