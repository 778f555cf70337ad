package org.lccp.shared.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How demo records quote the seed documents they are taken from: after the citation, each
 * passage as {@code 004_c3440f71eb9fe9b5.txt: "…"}. The quote travels with the record, so
 * that anyone reading a target, fact or gathering sees the words its figures come from,
 * and a test can check the figures against them without the seed files at hand. The seeds
 * contain no straight double quote, so it delimits the passages.
 */
public final class SeedQuotes {

	/**
	 * Longest passage quoted for one record; longer ones say more than the figure needs.
	 */
	public static final int MAX_PASSAGE = 300;

	private static final Pattern QUOTE = Pattern.compile("(\\d{3}_[0-9a-f]{16}\\.txt): \"([^\"]+)\"");

	private SeedQuotes() {
	}

	/** The citation {@code where} followed by the passages quoted from {@code file}. */
	public static String cite(String where, String file, String... passages) {
		var text = new StringBuilder(where);
		for (var passage : passages) {
			if (passage.length() > MAX_PASSAGE || passage.indexOf('"') >= 0) {
				throw new IllegalArgumentException("Not a short seed passage: " + passage);
			}
			text.append("; ").append(file).append(": \"").append(passage).append('"');
		}
		return text.toString();
	}

	/** The passages a citation quotes, in order. */
	public static List<Passage> passages(String citation) {
		var found = new ArrayList<Passage>();
		var matcher = QUOTE.matcher(citation);
		while (matcher.find()) {
			found.add(new Passage(matcher.group(1), matcher.group(2)));
		}
		return found;
	}

	/** A passage quoted from a seed file. */
	public record Passage(String file, String text) {
	}

}
