package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recall and highlighting for Russian and Mongolian readers who type the dictionary form
 * of a word.
 * <ul>
 * <li>Mongolian drops the last vowel of many stems before a suffix (газар → газрын, ажил
 * → ажлын, төсөл → төслийн): the query also looks for the stem without it.</li>
 * <li>Russian derived and compound-like forms keep the typed word as their beginning
 * (город → городской, энергосбережение → энергосбережения): the query also matches words
 * that begin with it.</li>
 * <li>Mongolian is found by prefix, which the highlighter does not mark: words of the
 * title and snippet that begin with a typed word (or its shortened stem) are marked
 * here.</li>
 * </ul>
 */
final class CyrillicWords {

	private static final Pattern WORD = Pattern.compile("[\\p{IsCyrillic}]+");

	private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{IsCyrillic}]{4,}");

	private static final String VOWELS = "аэиоуөүыяеёю";

	private static final Pattern MARKED = Pattern.compile("<mark>.*?</mark>", Pattern.DOTALL);

	private CyrillicWords() {
	}

	/**
	 * The query with each Cyrillic word of four letters or more widened to
	 * {@code (word | word* | stem*)}; queries with quotes or operators are left as typed.
	 */
	static String widen(String typed) {
		// A star typed by the reader stays a plain character, as before: only the
		// widening below may ask for prefixes (short ones would expand to thousands of
		// terms).
		var query = typed.replace('*', ' ');
		if (query.isBlank() || query.contains("\"") || query.contains("(")) {
			return query;
		}
		var words = query.strip().split("\\s+");
		var out = new ArrayList<String>();
		for (var word : words) {
			if (!PLAIN_WORD.matcher(word).matches()) {
				out.add(word);
				continue;
			}
			var lower = word.toLowerCase(Locale.ROOT);
			var alternatives = new LinkedHashSet<String>();
			alternatives.add(word);
			alternatives.add(lower + "*");
			var shortened = withoutFleetingVowel(lower);
			if (shortened != null) {
				alternatives.add(shortened + "*");
			}
			out.add("(" + String.join(" | ", alternatives) + ")");
		}
		return String.join(" ", out);
	}

	/**
	 * The stem of a Mongolian word whose last syllable loses its vowel before a suffix
	 * (consonant, short vowel, consonant at the end), or null.
	 */
	static String withoutFleetingVowel(String word) {
		var n = word.length();
		if (n < 4) {
			return null;
		}
		var last = word.charAt(n - 1);
		var vowel = word.charAt(n - 2);
		var before = word.charAt(n - 3);
		if (isVowel(last) || !isVowel(vowel) || isVowel(before)) {
			return null;
		}
		return word.substring(0, n - 2) + last;
	}

	/** The beginnings a shown word may have to count as a match of the query. */
	static Set<String> stems(String query) {
		var stems = new LinkedHashSet<String>();
		var words = WORD.matcher(query.toLowerCase(Locale.ROOT));
		while (words.find()) {
			var word = words.group();
			if (word.length() >= 3) {
				stems.add(word);
				var shortened = withoutFleetingVowel(word);
				if (shortened != null) {
					stems.add(shortened);
				}
			}
		}
		return stems;
	}

	/**
	 * Marks the Cyrillic words of an HTML-escaped text (which may hold marks already)
	 * that begin with one of the stems.
	 */
	static String mark(String html, Set<String> stems) {
		if (html == null || html.isEmpty() || stems.isEmpty()) {
			return html;
		}
		var out = new StringBuilder();
		var marked = MARKED.matcher(html);
		var from = 0;
		while (marked.find()) {
			out.append(markPlain(html.substring(from, marked.start()), stems)).append(marked.group());
			from = marked.end();
		}
		out.append(markPlain(html.substring(from), stems));
		return out.toString();
	}

	private static String markPlain(String text, Set<String> stems) {
		Matcher words = WORD.matcher(text);
		var out = new StringBuilder();
		var from = 0;
		while (words.find()) {
			var word = words.group();
			var lower = word.toLowerCase(Locale.ROOT);
			if (stems.stream().anyMatch(lower::startsWith)) {
				out.append(text, from, words.start()).append("<mark>").append(word).append("</mark>");
				from = words.end();
			}
		}
		out.append(text.substring(from));
		return out.toString();
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
	}

}
