package org.lccp.shared.web;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.security.Role;

/**
 * A link a module adds to the site navigation. Modules declare them as beans, so the
 * navigation shows exactly the pages that exist, and only to those who may open them.
 *
 * @param section where the link appears
 * @param path address of the page
 * @param labelKey message key of the link text
 * @param order position within the section, smaller first
 * @param role role needed to see the link; null when anyone in the section may
 */
public record NavigationItem(Section section, String path, String labelKey, int order, @Nullable Role role) {

	public static NavigationItem main(String path, String labelKey, int order) {
		return new NavigationItem(Section.MAIN, path, labelKey, order, null);
	}

	public static NavigationItem member(String path, String labelKey, int order) {
		return new NavigationItem(Section.SIGNED_IN, path, labelKey, order, null);
	}

	public static NavigationItem secretariat(String path, String labelKey, int order) {
		return new NavigationItem(Section.SECRETARIAT, path, labelKey, order, Role.SECRETARIAT);
	}

	/** Where a link appears. */
	public enum Section {

		/** Everyone sees it. */
		MAIN,
		/** Signed-in accounts see it. */
		SIGNED_IN,
		/** The secretariat's menu. */
		SECRETARIAT

	}

}
