package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Everything a climate target states, as entered in the form, the API or an import. The
 * rules that tie fields together are checked by {@link TargetRules}; the constraints here
 * (years, lengths, digits that fit the columns) are checked alike for all three ways in,
 * and for an import's dry run as for its real run.
 *
 * @param type kind of target
 * @param neutralityKind what a neutrality pledge promises
 * @param title the target in words
 * @param baseYear base year, where the type has one
 * @param baseValue level in the base year, in {@code unit}
 * @param targetYear year by which the target is to be met
 * @param targetValue level to reach, in {@code unit}; for shares the share in per cent
 * @param reductionPercent cut in per cent against the base year (or BAU)
 * @param reductionPercentHigh upper end of a range of cuts (40–50 %)
 * @param unit unit of base and target value, one of the registry's (published as its
 * code)
 * @param valueDescription what the values measure, in words, where the unit alone does
 * not say it: "of industrial value" for 25 %, "saved" for 2 Mtoe (targets of the type
 * {@link TargetType#OTHER})
 * @param gases gases covered, comma-separated ({@link Gas})
 * @param sectors GPC sectors covered, comma-separated ({@link GpcSector})
 * @param scopes scopes covered, e.g. {@code 1,2}
 * @param conditional whether the target depends on outside support
 * @param status where it stands
 * @param supersededBy the target that replaced it
 * @param policy the policy or plan that set it
 * @param sourceDocument document it is taken from
 * @param sourcePage page or table in that document
 * @param sourceLink link to the source
 */
public record TargetDetails(@NotNull TargetType type, @Nullable NeutralityKind neutralityKind,
		@NotBlank @Size(max = 500) String title, @Nullable @Min(1900) @Max(2100) Integer baseYear,
		@Nullable @Digits(integer = 14, fraction = 6, message = "{validation.digits.amount}") BigDecimal baseValue,
		@Nullable @Min(1900) @Max(2100) Integer targetYear,
		@Nullable @Digits(integer = 14, fraction = 6, message = "{validation.digits.amount}") BigDecimal targetValue,
		@Nullable @DecimalMin(value = "0", message = "{cities.target.error.percentRange}") @DecimalMax(value = "100",
				message = "{cities.target.error.percentRange}") @Digits(integer = 4, fraction = 3,
						message = "{validation.digits.percent}") BigDecimal reductionPercent,
		@Nullable @DecimalMin(value = "0", message = "{cities.target.error.percentRange}") @DecimalMax(value = "100",
				message = "{cities.target.error.percentRange}") @Digits(integer = 4, fraction = 3,
						message = "{validation.digits.percent}") BigDecimal reductionPercentHigh,
		@Schema(description = UNIT_DESCRIPTION, example = "MtCO2e") @Nullable RegistryUnit unit,
		@Schema(description = VALUE_DESCRIPTION,
				example = "of industrial value") @Nullable @Size(max = 200) String valueDescription,
		@Nullable @Size(max = 200) String gases, @Nullable @Size(max = 300) String sectors,
		@Nullable @Size(max = 40) String scopes, boolean conditional, @NotNull TargetStatus status,
		@Nullable UUID supersededBy, @Nullable @Size(max = 500) String policy,
		@NotBlank @Size(max = 1000) String sourceDocument, @Nullable @Size(max = 40) String sourcePage,
		@Nullable @Size(max = 500) String sourceLink) {

	/** The API's description of the unit, for clients. */
	static final String UNIT_DESCRIPTION = "Code of a unit of the registry (tCO2e, ktCO2e, MtCO2e, tCO2/cap, %, "
			+ "toe, Mtoe, tce, GWh, million m³…); the codes are those of the free-text days. A code the registry "
			+ "does not know is a 400 problem. Since units became typed, a unit that once carried words "
			+ "(\"% of industrial value\", \"million TOE saved\") is the code alone (%, Mtoe) and the words are "
			+ "in valueDescription.";

	/** The API's description of the value description, for clients. */
	static final String VALUE_DESCRIPTION = "What the values measure in words where the unit alone does not say "
			+ "it, mostly for targets of the type OTHER (\"of industrial value\" for 25 %, \"saved\" for 2 Mtoe); "
			+ "null otherwise.";

	/** An empty form for a new adopted target. */
	public static TargetDetails blank() {
		return new TargetDetails(TargetType.ABSOLUTE, null, "", null, null, null, null, null, null, null, null, null,
				null, null, false, TargetStatus.ADOPTED, null, null, "", null, null);
	}

}
