package org.lccp.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * An analyzer that reads each text once and then replays its tokens: the words the search
 * marks in a hit are found by analysing the hit's title and text, and the same items come
 * back for many queries — on the demo search page this analysis (tokenizing, stemming,
 * prefixes) was half of the marking's time, spent again on the same texts for every page.
 * The tokens of a text do not depend on the query, so they are kept by field and text (a
 * text that changes is another key) as a search engine keeps term vectors, here in memory
 * and for the texts recently shown only.
 */
final class KeptTokens extends Analyzer {

	/**
	 * Memory the kept texts and tokens may take, estimated: two bytes per character of a
	 * text and 64 per token (a Russian word is kept as its stem and the stem's prefixes,
	 * six tokens or more).
	 */
	static final long KEPT_BYTES = 32L * 1024 * 1024;

	private final Analyzer analyzer;

	private final Cache<Text, Tokens> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((Text key, Tokens tokens) -> 2 * key.text().length() + 64 * tokens.terms().length)
		.build();

	KeptTokens(Analyzer analyzer) {
		super(Analyzer.PER_FIELD_REUSE_STRATEGY);
		this.analyzer = analyzer;
	}

	@Override
	protected TokenStreamComponents createComponents(String field) {
		return new TokenStreamComponents(new Replay(field));
	}

	/** The tokens of a text, read by the wrapped analyzer the first time. */
	Tokens tokensOf(String field, String text) {
		return this.kept.get(new Text(field, text), (key) -> read(field, text));
	}

	private Tokens read(String field, String text) {
		var terms = new ArrayList<String>();
		var numbers = new ArrayList<int[]>();
		try (var stream = this.analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			var length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
				numbers.add(new int[] { offset.startOffset(), offset.endOffset(), increment.getPositionIncrement(),
						length.getPositionLength() });
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Tokens(terms.toArray(String[]::new), numbers.toArray(int[][]::new));
	}

	private record Text(String field, String text) {
	}

	/** A text's tokens: each term with its start and end offset, increment and length. */
	record Tokens(String[] terms, int[][] numbers) {
	}

	/** Reads the whole text, then gives its kept tokens one by one. */
	private final class Replay extends Tokenizer {

		private final String field;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

		private Tokens tokens = new Tokens(new String[0], new int[0][]);

		private int next;

		private int textLength;

		Replay(String field) {
			this.field = field;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			var text = new StringBuilder();
			var buffer = new char[1024];
			for (var read = this.input.read(buffer); read != -1; read = this.input.read(buffer)) {
				text.append(buffer, 0, read);
			}
			this.textLength = text.length();
			this.tokens = tokensOf(this.field, text.toString());
			this.next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (this.next >= this.tokens.terms().length) {
				return false;
			}
			clearAttributes();
			var numbers = this.tokens.numbers()[this.next];
			this.term.setEmpty().append(this.tokens.terms()[this.next]);
			this.offset.setOffset(correctOffset(numbers[0]), correctOffset(numbers[1]));
			this.increment.setPositionIncrement(numbers[2]);
			this.length.setPositionLength(numbers[3]);
			this.next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			var last = correctOffset(this.textLength);
			this.offset.setOffset(last, last);
		}

	}

}
