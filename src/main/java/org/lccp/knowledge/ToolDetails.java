package org.lccp.knowledge;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * What a tool costs and the languages it works in.
 *
 * @param languageCodes language codes, comma-separated as stored; null when no source
 * says
 */
@Embeddable
record ToolDetails(@Enumerated(EnumType.STRING) @Column(name = "tool_cost") @Nullable ToolCost cost,
		@Column(name = "tool_languages") @Nullable String languageCodes) {

	static final ToolDetails NONE = new ToolDetails(null, null);

	static ToolDetails of(@Nullable ToolCost cost, List<String> languages) {
		return new ToolDetails(cost, languages.isEmpty() ? null : String.join(",", languages));
	}

	List<String> languages() {
		return (this.languageCodes == null || this.languageCodes.isBlank()) ? List.of()
				: List.of(this.languageCodes.split(","));
	}

}
