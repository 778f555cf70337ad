package org.lccp.shared.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows literal words: text a reader sees comes from the message bundles, so
 * it exists in all six languages. Placeholder text inside elements whose content
 * Thymeleaf replaces is allowed, because no reader ever sees it.
 */
class TemplateTextTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Attributes whose content replaces the element's body. A page's {@code <html>}
	 * element is the exception: it hands its sections to the layout, so they are shown.
	 */
	static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"th:errors", "th:field");

	/** Attributes a reader sees or hears. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
			"content", "label");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		for (var file : templates()) {
			var document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
			for (var element : document.getAllElements()) {
				if (replacedByThymeleaf(element)) {
					continue;
				}
				for (var child : element.childNodes()) {
					if (child instanceof TextNode text && text.text().codePoints().anyMatch(Character::isLetter)) {
						problems.add(TEMPLATES.relativize(file) + ": text \"" + text.text().strip() + "\" in <"
								+ element.tagName() + ">");
					}
				}
			}
			for (var element : document.getAllElements()) {
				for (var attribute : element.attributes()) {
					if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && hasWords(attribute.getValue())
							&& !isMachineValue(element, attribute.getKey())) {
						problems.add(TEMPLATES.relativize(file) + ": attribute " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\" on <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsLiteralTextWhenThereIsSome() {
		var document = Jsoup.parse("<main><p>Welcome</p><p th:text=\"#{home.lead}\">placeholder</p></main>");
		var paragraphs = document.select("p");
		assertThat(replacedByThymeleaf(paragraphs.get(0))).isFalse();
		assertThat(paragraphs.get(0).ownText()).isEqualTo("Welcome");
		assertThat(replacedByThymeleaf(paragraphs.get(1))).isTrue();
	}

	static boolean replacedByThymeleaf(Element element) {
		for (var current = element; current != null; current = current.parent()) {
			if ("html".equals(current.tagName())) {
				return false;
			}
			for (var attribute : current.attributes()) {
				if (REPLACING.contains(attribute.getKey())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasWords(String value) {
		return value.codePoints().anyMatch(Character::isLetter);
	}

	/** Values that are data, not text: meta contents, hidden and checkbox values, etc. */
	private static boolean isMachineValue(Element element, String attribute) {
		if ("content".equals(attribute)) {
			return "meta".equals(element.tagName());
		}
		if ("value".equals(attribute)) {
			var type = element.attr("type");
			return "hidden".equals(type) || "checkbox".equals(type) || "radio".equals(type)
					|| "button".equals(element.tagName()) && element.hasAttr("name");
		}
		return false;
	}

	static List<Path> templates() throws IOException {
		try (var files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

}
