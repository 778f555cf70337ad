package org.lccp.capacity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The offer form as posted: text as typed, checked by {@link CapacityManagement}. */
public record OfferForm(@Nullable String title, @Nullable String provider, @Nullable String description,
		@Nullable List<String> topics, @Nullable List<String> kinds, @Nullable List<String> languages,
		@Nullable String countries, @Nullable String availableFrom, @Nullable String availableUntil,
		@Nullable String costShared) {

	static OfferForm empty() {
		return new OfferForm("", "", "", List.of(), List.of(), List.of(), "", "", "", "");
	}

	public List<String> topicList() {
		return this.topics == null ? List.of() : this.topics;
	}

	public List<String> kindList() {
		return this.kinds == null ? List.of() : this.kinds;
	}

	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages;
	}

}
