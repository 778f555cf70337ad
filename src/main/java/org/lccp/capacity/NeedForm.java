package org.lccp.capacity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The need form as posted: text as typed, checked by {@link CapacityManagement}. */
public record NeedForm(@Nullable String title, @Nullable String description, @Nullable List<String> topics,
		@Nullable String sector, @Nullable String kind, @Nullable List<String> languages, @Nullable String country,
		@Nullable String audience, @Nullable String funding, @Nullable String wantedFrom, @Nullable String wantedUntil,
		@Nullable String recommendation, @Nullable String study) {

	static NeedForm empty() {
		return new NeedForm("", "", List.of(), "", "", List.of(), "", "", "", "", "", "", "");
	}

	/** A form started from a peer-review recommendation or an analytical study. */
	static NeedForm from(@Nullable String title, @Nullable String recommendation, @Nullable String study) {
		return new NeedForm(title == null ? "" : title, "", List.of(), "", "", List.of(), "", "", "", "", "",
				recommendation == null ? "" : recommendation, study == null ? "" : study);
	}

	public List<String> topicList() {
		return this.topics == null ? List.of() : this.topics;
	}

	public List<String> languageList() {
		return this.languages == null ? List.of() : this.languages;
	}

}
