package org.lccp.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import org.lccp.knowledge.search.SearchAnalysis;
import org.lccp.shared.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search marks words with tokens read once per text: what it replays is exactly what
 * the index's analyzer gives, stems, prefixes at one position and CJK pairs included.
 */
class KeptTokensTest {

	@Test
	void aTextsTokensAreReplayedExactlyAsTheAnalyzerGivesThemAndReadOnlyOnce() throws IOException {
		var cases = List.of(List.of("en", SearchDocument.text(Language.EN), "Retrofits of public buildings cut heat."),
				List.of("ru", SearchDocument.text(Language.RU), "Программа по энергосбережению охватила все школы."),
				List.of("mn", SearchDocument.text(Language.MN), "Улаанбаатар хотын агаарын бохирдол"),
				List.of(SearchAnalysis.CJK, SearchDocument.CJK, "再生可能エネルギーを増やす。"));
		for (var one : cases) {
			var name = one.get(0).equals(SearchAnalysis.CJK) ? SearchAnalysis.CJK
					: SearchAnalysis.forLanguage(one.get(0));
			var analyzer = SearchAnalysis.analyzer(name);
			var kept = new KeptTokens(analyzer);
			var expected = tokens(analyzer, one.get(1), one.get(2));

			assertThat(expected).as(name).hasSizeGreaterThan(2);
			assertThat(tokens(kept, one.get(1), one.get(2))).as(name).isEqualTo(expected);
			assertThat(tokens(kept, one.get(1), one.get(2))).as("%s again", name).isEqualTo(expected);
			assertThat(kept.tokensOf(one.get(1), one.get(2))).isSameAs(kept.tokensOf(one.get(1), one.get(2)));
		}
	}

	@Test
	void anotherTextOrFieldIsReadAnew() throws IOException {
		var analyzer = SearchAnalysis.analyzer(SearchAnalysis.forLanguage("en"));
		var kept = new KeptTokens(analyzer);
		var field = SearchDocument.text(Language.EN);

		assertThat(tokens(kept, field, "Heating networks")).containsExactly("heat 0-7 +1", "network 8-16 +1", "end 16");
		assertThat(tokens(kept, field, "Cycling lanes")).containsExactly("cycl 0-7 +1", "lane 8-13 +1", "end 13");
		assertThat(kept.tokensOf(field, "Heating networks")).isNotSameAs(kept.tokensOf("other", "Heating networks"));
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
		var tokens = new ArrayList<String>();
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
						+ increment.getPositionIncrement());
			}
			stream.end();
			tokens.add("end " + offset.endOffset());
		}
		return tokens;
	}

}
