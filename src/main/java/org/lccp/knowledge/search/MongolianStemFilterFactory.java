package org.lccp.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query side of Mongolian search. The index keeps every prefix of a word (from three
 * letters), so a word typed in its dictionary form finds its suffixed forms as long as
 * the dictionary form is a prefix of them. Two regular changes of Mongolian break that,
 * and this filter adds the stem they leave, at the same position (the query then matches
 * either):
 * <ul>
 * <li>a final short vowel falls before a suffix: хөрөнгө → хөрөнгийн, so хөрөнг;</li>
 * <li>the short vowel of a final syllable falls before a suffix that starts with a vowel
 * (fleeting vowel): тээвэр → тээврийн, бохирдол → бохирдлыг, so тээвр, бохирдл.</li>
 * </ul>
 * Stems shorter than three letters are not added: the index has no shorter prefixes.
 */
public class MongolianStemFilterFactory extends TokenFilterFactory {

	/** Name under which Lucene's factory lookup knows this filter. */
	public static final String NAME = "lccpMongolianStem";

	private static final String SHORT_VOWELS = "аэоөуүи";

	private static final String VOWELS = SHORT_VOWELS + "яеёюый";

	public MongolianStemFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** Lucene's factory lookup needs a no-argument constructor to find the name. */
	public MongolianStemFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new Filter(input);
	}

	/** The stems a dictionary form may take before suffixes, shortest last. */
	public static List<String> stems(String word) {
		var stems = new ArrayList<String>();
		int n = word.length();
		if (n < 4 || !isCyrillic(word)) {
			return stems;
		}
		char last = word.charAt(n - 1);
		char beforeLast = word.charAt(n - 2);
		if (isShortVowel(last) && !isVowel(beforeLast)) {
			// хөрөнгө → хөрөнг (a long vowel, as in төлөвлөгөө, stays)
			stems.add(word.substring(0, n - 1));
		}
		else if (!isVowel(last) && isShortVowel(beforeLast) && !isVowel(word.charAt(n - 3))
				&& hasVowel(word.substring(0, n - 3))) {
			// тээвэр → тээвр: the vowel between the last two consonants falls
			stems.add(word.substring(0, n - 2) + last);
		}
		stems.removeIf((s) -> s.length() < 3);
		return stems;
	}

	private static boolean isCyrillic(String word) {
		return word.chars().allMatch((c) -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
	}

	private static boolean isShortVowel(char c) {
		return SHORT_VOWELS.indexOf(c) >= 0;
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

	private static boolean hasVowel(String text) {
		return text.chars().anyMatch((c) -> isVowel((char) c));
	}

	private static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

		private final List<String> pending = new ArrayList<>();

		private State state;

		Filter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.pending.isEmpty()) {
				restoreState(this.state);
				this.term.setEmpty().append(this.pending.remove(0));
				this.position.setPositionIncrement(0);
				return true;
			}
			if (!this.input.incrementToken()) {
				return false;
			}
			this.pending.addAll(stems(this.term.toString()));
			if (!this.pending.isEmpty()) {
				this.state = captureState();
			}
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending.clear();
			this.state = null;
		}

	}

}
