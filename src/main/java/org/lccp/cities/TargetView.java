package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A target as pages and the API show it, with its city, the implied annual rate (and its
 * formula) and its progress; {@code sourcesDisagreeWith} names another target whose
 * source states the same commitment in a way that contradicts this one's. The unit is the
 * code of a {@link RegistryUnit}, as published since units were free text; what the
 * figure measures beyond its unit is the value description.
 */
public record TargetView(UUID id, @Nullable UUID cityId, @Nullable String cityName, String countryCode, TargetType type,
		@Nullable NeutralityKind neutralityKind, String title, @Nullable Integer baseYear,
		@Nullable BigDecimal baseValue, @Nullable Integer targetYear, @Nullable BigDecimal targetValue,
		@Nullable BigDecimal reductionPercent, @Nullable BigDecimal reductionPercentHigh,
		@Schema(description = TargetDetails.UNIT_DESCRIPTION) @Nullable String unit,
		@Schema(description = TargetDetails.VALUE_DESCRIPTION) @Nullable String valueDescription,
		@Nullable String gases, @Nullable String sectors, @Nullable String scopes, boolean conditional,
		TargetStatus status, @Nullable UUID supersededBy, @Nullable String policy, String sourceDocument,
		@Nullable String sourcePage, @Nullable String sourceLink, @Nullable BigDecimal annualRatePercent,
		@Nullable BigDecimal annualRateHighPercent, @Nullable String annualRateFormula,
		List<TargetProgress.ProgressView> progress, Instant updatedAt, long version, @Nullable UUID sourcesDisagreeWith,
		@JsonIgnore @Nullable CityView city) {

	static TargetView of(ClimateTarget t, @Nullable CityView city, List<TargetProgress.ProgressView> progress) {
		var cityName = city == null ? null : city.nameEn();
		var d = t.details();
		var rate = t.rate();
		var high = t.rateHigh();
		return new TargetView(t.getId(), t.getCityId(), cityName, t.getCountryCode(), d.type(), d.neutralityKind(),
				d.title(), d.baseYear(), d.baseValue(), d.targetYear(), d.targetValue(), d.reductionPercent(),
				d.reductionPercentHigh(), d.unit() == null ? null : d.unit().code(), d.valueDescription(), d.gases(),
				d.sectors(), d.scopes(), d.conditional(), d.status(), d.supersededBy(), d.policy(), d.sourceDocument(),
				d.sourcePage(), d.sourceLink(), rate == null ? null : rate.percent(),
				high == null ? null : high.percent(),
				rate == null ? null : rate.formula() + (high == null ? "" : "; " + high.formula()), progress,
				t.getUpdatedAt(), t.getVersion(), t.getSourcesDisagreeWith(), city);
	}

	/** The city's name in the reader's language (or English when it has none there). */
	public @Nullable String cityName(Locale locale) {
		return this.city == null ? this.cityName : this.city.name(locale);
	}

	/** The language the city's name is shown in, for its {@code lang} attribute. */
	public String cityNameLanguage(Locale locale) {
		return this.city == null ? "en" : this.city.nameLanguage(locale);
	}

}
