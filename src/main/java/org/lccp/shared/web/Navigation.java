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

	Map<String, List<NavigationItem>> forCurrentReader() {
		var signedIn = CurrentUser.get().isPresent();
		return this.items.entrySet()
			.stream()
			.filter((e) -> e.getKey() == NavigationItem.Section.MAIN || signedIn)
			.collect(Collectors.toMap((e) -> e.getKey().name(),
					(e) -> e.getValue()
						.stream()
						.filter((item) -> item.role() == null || CurrentUser.has(item.role()))
						.toList()));
	}

}
