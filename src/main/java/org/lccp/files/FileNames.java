package org.lccp.files;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;

/**
 * Display names from what browsers send: the last part of any path (Unix or Windows), no
 * control or invisible formatting characters, no {@code ..}, none of the characters that
 * file systems or HTTP headers choke on, at most {@value #MAX_LENGTH} characters with the
 * extension kept. Letters of every script stay as they are.
 */
final class FileNames {

	static final int MAX_LENGTH = 150;

	static final String FALLBACK = "file";

	private FileNames() {
	}

	static String safe(@Nullable String original) {
		if (original == null) {
			return FALLBACK;
		}
		var name = Normalizer.normalize(original, Normalizer.Form.NFC);
		var cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(cut + 1);
		var clean = new StringBuilder();
		name.codePoints().forEach((c) -> {
			var type = Character.getType(c);
			if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return;
			}
			if ("<>:\"|?*%;".indexOf(c) >= 0) {
				clean.append('_');
			}
			else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				clean.append(' ');
			}
			else {
				clean.appendCodePoint(c);
			}
		});
		name = clean.toString().replaceAll("\\.{2,}", ".").replaceAll(" {2,}", " ");
		name = strip(name);
		if (name.isEmpty()) {
			return FALLBACK;
		}
		return shorten(name);
	}

	/** Without leading and trailing spaces and dots (hidden files, Windows oddities). */
	private static String strip(String name) {
		var start = 0;
		var end = name.length();
		while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
			start++;
		}
		while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		var dot = name.lastIndexOf('.');
		var extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		var base = extension.isEmpty() ? name : name.substring(0, dot);
		var keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		var end = base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length())));
		return strip(base.substring(0, end)) + extension;
	}

}
