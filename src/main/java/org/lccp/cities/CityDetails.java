package org.lccp.cities;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What describes a city, as entered in the form, the API or an import.
 *
 * @param countryCode ISO 3166-1 alpha-2 code
 * @param locode UN/LOCODE without the space (KRINC), where one exists
 * @param nameEn English name
 * @param nameZh Chinese name
 * @param nameJa Japanese name
 * @param nameKo Korean name
 * @param nameRu Russian name
 * @param nameMn Mongolian name
 * @param nameNative name in its own language and script
 * @param adminLevel administrative level
 * @param latitude latitude in degrees
 * @param longitude longitude in degrees
 * @param source where these facts come from
 */
public record CityDetails(@NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode,
		@Nullable @Pattern(regexp = "([A-Z]{2}[A-Z2-9]{3})?") String locode, @NotBlank @Size(max = 200) String nameEn,
		@Nullable @Size(max = 200) String nameZh, @Nullable @Size(max = 200) String nameJa,
		@Nullable @Size(max = 200) String nameKo, @Nullable @Size(max = 200) String nameRu,
		@Nullable @Size(max = 200) String nameMn, @Nullable @Size(max = 200) String nameNative,
		@NotNull AdminLevel adminLevel, @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude, @Nullable String source) {

}
