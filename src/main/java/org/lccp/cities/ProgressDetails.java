package org.lccp.cities;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A progress entry of a target.
 *
 * @param year year the entry describes
 * @param value level reached, in the target's unit
 * @param shareAchieved share of the target achieved, in per cent
 * @param note what happened
 */
public record ProgressDetails(@NotNull @Min(1900) @Max(2100) Integer year,
		@Nullable @Digits(integer = 14, fraction = 6, message = "{validation.digits.amount}") BigDecimal value,
		@Nullable @Digits(integer = 4, fraction = 3, message = "{validation.digits.percent}") BigDecimal shareAchieved,
		@Nullable @Size(max = 1000) String note) {

}
