package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Published states as plain text, one labelled line per field and paragraph, so that the
 * difference between two revisions reads like an edited document. Labels are the field
 * names of {@code knowledge.field.*}, shown in the reader's language by {@link #label}.
 */
final class Snapshots {

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.mergeOriginalRevised(false)
		.oldTag((start) -> start ? "<del>" : "</del>")
		.newTag((start) -> start ? "<ins>" : "</ins>")
		.build();

	private Snapshots() {
	}

	static String of(KnowledgeItem item) {
		var lines = new ArrayList<String>();
		Map<String, KnowledgeItem.Translation> versions = new TreeMap<>(item.translations());
		versions.forEach((language, t) -> {
			var tag = " [" + language + "]";
			add(lines, "title" + tag, t.title());
			add(lines, "summary" + tag, t.summary());
			paragraphs(lines, "body" + tag, t.body());
			paragraphs(lines, "lessons" + tag, t.lessons());
			add(lines, "funding" + tag, t.funding());
			add(lines, "translationStatus" + tag, t.status().name());
		});
		add(lines, "countries", String.join(", ", item.countries()));
		add(lines, "cities", String.join(", ", item.cities().stream().map(KnowledgeItem.CityRef::cityName).toList()));
		add(lines, "categories", String.join(", ", item.categories()));
		add(lines, "sectors", String.join(", ", item.sectors().stream().map(Enum::name).toList()));
		add(lines, "period", join(item.caseStudy().periodFrom(), item.caseStudy().periodTo()));
		item.results()
			.forEach((r) -> add(lines, "results", r.value().toPlainString() + " " + r.unit() + " — " + r.measured()
					+ ((r.baselineYear() != null) ? " (" + r.baselineYear() + ")" : "")));
		add(lines, "contactInstitution", item.caseStudy().contactInstitution());
		item.links().forEach((l) -> add(lines, "links", l.title() + ((l.url() != null) ? " <" + l.url() + ">" : "")));
		add(lines, "publicationKind",
				(item.publication().publicationKind() != null) ? item.publication().publicationKind().name() : null);
		add(lines, "year", (item.year() != null) ? item.year().toString() : null);
		add(lines, "authors", item.publication().authors());
		add(lines, "institutions", item.publication().institutions());
		add(lines, "publishedOn", (item.news().publishedOn() != null) ? item.news().publishedOn().toString() : null);
		add(lines, "acronym", item.network().acronym());
		add(lines, "ledBy", item.network().ledBy());
		add(lines, "scope", item.network().geographicScope());
		add(lines, "themes", item.network().themes());
		add(lines, "website", item.network().website());
		add(lines, "cost", (item.tool().cost() != null) ? item.tool().cost().name() : null);
		add(lines, "toolLanguages",
				item.tool().languages().isEmpty() ? null : String.join(", ", item.tool().languages()));
		item.members().forEach((m) -> add(lines, "members", m));
		add(lines, "policyLevel", (item.policy().level() != null) ? item.policy().level().name() : null);
		add(lines, "policyType", (item.policy().type() != null) ? item.policy().type().name() : null);
		add(lines, "sourceDocument", item.policy().sourceDocument());
		item.presentedAt().forEach((p) -> add(lines, "presentedAt", p));
		item.gatherings().forEach((g) -> add(lines, "gatherings", g.gatheringTitle()));
		item.attachments().forEach((a) -> add(lines, "attachments", a.fileId() + " (" + a.role() + ")"));
		return String.join("\n", lines);
	}

	/** The changed lines between two snapshots, escaped, with word changes marked. */
	static List<KnowledgeViews.DiffLine> diff(String before, String after) {
		var rows = GENERATOR.generateDiffRows(before.isEmpty() ? List.of() : before.lines().toList(),
				after.lines().toList());
		return rows.stream()
			.filter((r) -> r.getTag() != DiffRow.Tag.EQUAL)
			.map((r) -> new KnowledgeViews.DiffLine(r.getTag().name(), r.getOldLine(), r.getNewLine()))
			.toList();
	}

	private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern
		.compile("^([a-zA-Z]+)((?: \\[[a-z]{2}\\])?: )");

	/**
	 * Replaces a diff line's leading field name with its label in the reader's language.
	 */
	static String label(String line, java.util.function.UnaryOperator<String> fieldLabel) {
		var matcher = LABEL.matcher(line);
		if (!matcher.find()) {
			return line;
		}
		return org.springframework.web.util.HtmlUtils.htmlEscape(fieldLabel.apply(matcher.group(1))) + matcher.group(2)
				+ line.substring(matcher.end());
	}

	private static @Nullable String join(@Nullable Integer from, @Nullable Integer to) {
		if (from == null && to == null) {
			return null;
		}
		return ((from != null) ? from.toString() : "") + "–" + ((to != null) ? to.toString() : "");
	}

	private static void add(List<String> lines, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			lines.add(label + ": " + value.replace('\n', ' '));
		}
	}

	private static void paragraphs(List<String> lines, String label, @Nullable String html) {
		if (html == null) {
			return;
		}
		for (var paragraph : html.split("(?i)</p>|<br\\s*/?>|</li>|</h[34]>")) {
			add(lines, label, SearchDocument.plain(paragraph));
		}
	}

}
