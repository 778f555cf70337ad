package org.lccp.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lccp.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Collects the modules' navigation items and filters them for the current reader.
 */
@Component
class Navigation {

	private final Map<NavigationItem.Section, List<NavigationItem>> items;

	Navigation(List<NavigationItem> items) {
		this.items = items.stream()
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.collect(Collectors.groupingBy(NavigationItem::section));
	}

	/**
	 * Links by section; the main links are split further so that the menu stays short on
	 * wide screens: {@code MAIN} holds the links shown directly (order below 31: the hub,
	 * search, members, cities, gatherings), {@code MAIN_END} those shown last (order 90
	 * and above: about), and three groups fold into a disclosure each, by the order range
	 * the modules already use: {@code MAIN_DATA} (31–39: targets, open data, inventories,
	 * benchmarking), {@code MAIN_WORK} (40–59: reviews, studies, capacity building,
	 * experts) and {@code MAIN_PROGRAMME} (60–89: work plan, projects, resource centres).
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
