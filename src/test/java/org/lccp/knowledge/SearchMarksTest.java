package org.lccp.knowledge;

import org.junit.jupiter.api.Test;

import org.lccp.shared.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matched words are marked in the text a hit already carries, read with the analyzer that
 * indexed the field: inflected and compound words are marked whole, text is escaped, and
 * a quoted phrase is marked only where it stands as a phrase.
 */
class SearchMarksTest {

	private final SearchMarks marks = new SearchMarks();

	@Test
	void aRussianStemMarksTheWholeCompoundWord() {
		var query = this.marks.parse("энергия");

		var marked = this.marks.text(query, SearchDocument.text(Language.RU),
				"Город снизил потребление. Программа по энергосбережению охватила все школы.");

		assertThat(marked).containsExactly("Программа по <mark>энергосбережению</mark> охватила все школы.");
	}

	@Test
	void anEnglishWordMarksItsInflectionsAndEscapesTheText() {
		var query = this.marks.parse("building");

		var marked = this.marks.text(query, SearchDocument.text(Language.EN),
				"Retrofits of <public> buildings & homes cut heat demand by a third.");

		assertThat(marked).containsExactly(
				"Retrofits of &lt;public&gt; <mark>buildings</mark> &amp; homes cut heat demand by a third.");
	}

	@Test
	void aPhraseIsMarkedOnlyWhereItStandsAsAPhrase() {
		var query = this.marks.parse("\"district heating\"");

		var marked = this.marks.text(query, SearchDocument.text(Language.EN),
				"Heating in the district is old. The district heating network was renewed.");

		assertThat(marked).hasSize(1);
		assertThat(marked.get(0)).startsWith("The <mark>district heating</mark> network")
			.doesNotContain("<mark><mark>");
	}

	@Test
	void aCjkWordIsLookedUpAsItsCharacterPairsAndMarksNoLoneCharacterElsewhere() {
		var query = this.marks.parse("エネルギー");

		assertThat(SearchMarks.hasPhrase(query)).isFalse();
		assertThat(this.marks.wordsByField(query).get(SearchDocument.CJK)).containsExactlyInAnyOrder("エネ", "ネル", "ルギ",
				"ギー");
		var marked = this.marks.text(query, SearchDocument.CJK, "再生可能エネルギーを増やす。ルールを決める。");
		assertThat(marked).containsExactly("再生可能<mark>エネルギー</mark>を増やす。");
	}

	@Test
	void aTextIsReadForAStemAlwaysAndForACjkWordOnlyWhereItStands() {
		var chinese = this.marks.wordsByField(this.marks.parse("能源"));
		var english = this.marks.wordsByField(this.marks.parse("energy"));

		assertThat(SearchMarks.worthReading(chinese, SearchDocument.text(Language.EN), "Energy use fell.")).isFalse();
		assertThat(SearchMarks.worthReading(chinese, SearchDocument.text(Language.ZH), "城市能源结构。")).isTrue();
		assertThat(SearchMarks.worthReading(english, SearchDocument.text(Language.EN), "Energy use fell.")).isTrue();
		assertThat(SearchMarks.worthReading(chinese, SearchDocument.text(Language.ZH), null)).isFalse();
	}

	@Test
	void oneCjkCharacterIsStillFound() {
		var query = this.marks.parse("水");

		assertThat(this.marks.wordsByField(query).get(SearchDocument.CJK)).containsExactly("水");
		assertThat(this.marks.text(query, SearchDocument.CJK, "雨水を使う。")).containsExactly("雨<mark>水</mark>を使う。");
	}

	@Test
	void aChineseWordIsFoundAmongTheBigramsOfALongerWord() {
		var query = this.marks.parse("排放");

		var marked = this.marks.text(query, SearchDocument.CJK, "城市的碳排放量逐年下降。");

		assertThat(marked).hasSize(1);
		assertThat(marked.get(0)).contains("<mark>").contains("排放");
	}

	@Test
	void aTitleIsMarkedWholeOrNotAtAll() {
		var query = this.marks.parse("хот");

		assertThat(this.marks.title(query, Language.MN, "Улаанбаатар хотын ногоон бүс"))
			.isEqualTo("Улаанбаатар <mark>хотын</mark> ногоон бүс");
		assertThat(this.marks.title(query, Language.MN, "Ногоон бүс")).isNull();
		assertThat(this.marks.text(query, SearchDocument.text(Language.MN), "")).isEmpty();
	}

	@Test
	void aTextWithoutAnyLookedUpFormIsPassedOverAndOneWithAStemIsNot() {
		var words = this.marks.wordsByField(this.marks.parse("энергия"));

		assertThat(SearchMarks.mayHold(words, SearchDocument.text(Language.RU), "Программа по энергосбережению"))
			.isTrue();
		assertThat(SearchMarks.mayHold(words, SearchDocument.text(Language.ZH), "城市的碳排放量逐年下降。")).isFalse();
		assertThat(SearchMarks.mayHold(words, SearchDocument.text(Language.RU), null)).isFalse();
	}

	@Test
	void oneMarkingMarksEveryTextOfAPageAsSeparateMarkingsDo() {
		var texts = java.util.List.of("The district heating network was renewed.",
				"Heating bills fell. District heating grew in the old town.", "Nothing to see here.",
				"District heating and heat pumps. Heating, again.");
		for (var typed : java.util.List.of("heating", "\"district heating\"", "heat pumps")) {
			var query = this.marks.parse(typed);
			var marking = this.marks.marking(query);
			for (var text : texts) {
				var alone = new SearchMarks().text(query, SearchDocument.text(Language.EN), text);
				assertThat(marking.text(SearchDocument.text(Language.EN), text)).as("%s in %s", typed, text)
					.isEqualTo(alone);
			}
			assertThat(marking.title(Language.EN, "District heating in winter"))
				.isEqualTo(new SearchMarks().title(query, Language.EN, "District heating in winter"));
		}
	}

	@Test
	void passagesAreScoredAsLucenesOwnScorerScoresThem() {
		var passage = new org.apache.lucene.search.uhighlight.Passage();
		passage.setStartOffset(40);
		passage.setEndOffset(160);
		var ours = new SearchMarks.Scorer();
		var lucenes = new org.apache.lucene.search.uhighlight.PassageScorer();
		assertThat(ours.score(passage, 600)).isEqualTo(lucenes.score(passage, 600));
		passage.addMatch(45, 50, new org.apache.lucene.util.BytesRef("heat"), 3);
		assertThat(ours.score(passage, 600)).isEqualTo(lucenes.score(passage, 600));
		passage.addMatch(60, 68, new org.apache.lucene.util.BytesRef("district"), 1);
		passage.addMatch(80, 84, new org.apache.lucene.util.BytesRef("heat"), 3);
		passage.addMatch(90, 94, new org.apache.lucene.util.BytesRef("pump"), 7);
		passage.addMatch(100, 108, new org.apache.lucene.util.BytesRef("district"), 1);
		assertThat(ours.score(passage, 600)).isPositive().isEqualTo(lucenes.score(passage, 600));
	}

}
