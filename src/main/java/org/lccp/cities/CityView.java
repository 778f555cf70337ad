package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A city as pages, the API and other modules see it. */
public record CityView(UUID id, String countryCode, @Nullable String locode, String nameEn, @Nullable String nameZh,
		@Nullable String nameJa, @Nullable String nameKo, @Nullable String nameRu, @Nullable String nameMn,
		@Nullable String nameNative, AdminLevel adminLevel, @Nullable BigDecimal latitude,
		@Nullable BigDecimal longitude, @Nullable String source, Instant updatedAt, long version) {

	/** The name in the reader's language, or the English one. */
	public String name(Locale locale) {
		var name = switch (locale.getLanguage()) {
			case "zh" -> this.nameZh;
			case "ja" -> this.nameJa;
			case "ko" -> this.nameKo;
			case "ru" -> this.nameRu;
			case "mn" -> this.nameMn;
			default -> null;
		};
		return name == null ? this.nameEn : name;
	}

	/**
	 * The language {@link #name(Locale)} is written in: the reader's, or English when the
	 * city has no name in it.
	 */
	public String nameLanguage(Locale locale) {
		return name(locale).equals(this.nameEn) && !"en".equals(locale.getLanguage()) ? "en" : locale.getLanguage();
	}

}
