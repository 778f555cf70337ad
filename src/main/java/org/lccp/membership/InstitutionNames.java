package org.lccp.membership;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lccp.shared.web.UserText;

/**
 * The names an institution goes by (in its own language and in English) as comparison
 * keys. Two institutions of one country are taken for the same when any name of one meets
 * any name of the other, so a city office entered once as 北京市生态环境局 and once under another
 * English rendering is still recognised.
 */
record InstitutionNames(Set<String> keys) {

	static InstitutionNames of(String... names) {
		return new InstitutionNames(Stream.of(names)
			.map(UserText::normaliseName)
			.filter((key) -> !key.isEmpty())
			.collect(Collectors.toUnmodifiableSet()));
	}

	boolean meet(InstitutionNames other) {
		return this.keys.stream().anyMatch(other.keys::contains);
	}

}
