package org.lccp.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.lccp.shared.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the modules' navigation items and filters them for the current reader.
 */
@Component
class Navigation {

	private final Map<NavigationItem.Section, List<NavigationItem>> items;

	private final ObjectProvider<ITemplateEngine> templates;

	/**
	 * The menu's links as HTML, per language, application path and set of links shown:
	 * the same for every anonymous reader of a language and for every member with the
	 * same roles. Rendering them was most of a short page's template work (two dozen
	 * links, each with its text looked up; BENCHMARKS.md, issue 17).
	 */
	private final Cache<Rendered, String> rendered = Caffeine.newBuilder().maximumSize(500).build();

	Navigation(List<NavigationItem> items, ObjectProvider<ITemplateEngine> templates) {
		this.items = items.stream()
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.collect(Collectors.groupingBy(NavigationItem::section));
		this.templates = templates;
	}

	/**
	 * The current reader's menu links ({@code fragments/navigation :: links}) as HTML,
	 * rendered once for each language and set of links; an anonymous reader's end with
	 * logging in and signing up.
	 * @param base the application's path, which every link begins with
	 */
	String html(Locale locale, String base) {
		var navigation = forCurrentReader();
		var signedIn = CurrentUser.get().isPresent();
		return this.rendered.get(new Rendered(locale, base, navigation, signedIn), (key) -> {
			var context = new Context(locale, Map.of("navigation", navigation, "base", base, "signedIn", signedIn));
			return this.templates.getObject().process("fragments/navigation", Set.of("links"), context);
		});
	}

	private record Rendered(Locale locale, String base, Map<String, List<NavigationItem>> navigation,
			boolean signedIn) {
	}

	/**
	 * Links by section name (a name rather than the enum, so that the template needs no
	 * type references, which Thymeleaf resolves slowly); the main links are split further
	 * so that the menu stays short on wide screens: {@code MAIN} holds the links shown
	 * directly (order below 31: the hub, search, members, cities, gatherings),
	 * {@code MAIN_END} those shown last (order 90 and above: about), and three groups
	 * fold into a disclosure each, by the order range the modules already use:
	 * {@code MAIN_DATA} (31–39: targets, open data, inventories, benchmarking),
	 * {@code MAIN_WORK} (40–59: reviews, studies, capacity building, experts) and
	 * {@code MAIN_PROGRAMME} (60–89: work plan, projects, resource centres).
	 */
	Map<String, List<NavigationItem>> forCurrentReader() {
		var signedIn = CurrentUser.get().isPresent();
		var sections = new java.util.HashMap<String, List<NavigationItem>>();
		this.items.forEach((section, links) -> {
			if (section != NavigationItem.Section.MAIN && !signedIn) {
				return;
			}
			var visible = links.stream().filter((item) -> item.role() == null || CurrentUser.has(item.role())).toList();
			if (section != NavigationItem.Section.MAIN) {
				sections.put(section.name(), visible);
				return;
			}
			sections.put("MAIN", visible.stream().filter((i) -> i.order() < 31).toList());
			sections.put("MAIN_DATA", visible.stream().filter((i) -> i.order() >= 31 && i.order() < 40).toList());
			sections.put("MAIN_WORK", visible.stream().filter((i) -> i.order() >= 40 && i.order() < 60).toList());
			sections.put("MAIN_PROGRAMME", visible.stream().filter((i) -> i.order() >= 60 && i.order() < 90).toList());
			sections.put("MAIN_END", visible.stream().filter((i) -> i.order() >= 90).toList());
		});
		return sections;
	}

}
