package org.lccp.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a knowledge item is, and the address its pages live under.
 */
public enum ContentKind {

	CASE_STUDY("case-studies"), PUBLICATION("publications"), NEWS("news"), NETWORK("networks"), POLICY("policies"),
	/** Tools and methods cities use: inventories, accounting, planning, indices. */
	TOOL("tools");

	private final String path;

	ContentKind(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<ContentKind> fromPath(String path) {
		return Arrays.stream(values()).filter((k) -> k.path.equals(path)).findFirst();
	}

}
