package org.lccp.cities;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a registry unit as its code, so the text columns keep the values they held when
 * units were free text (and the open data reads the same).
 */
@Converter
class RegistryUnitColumn implements AttributeConverter<RegistryUnit, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable RegistryUnit unit) {
		return unit == null ? null : unit.code();
	}

	@Override
	public @Nullable RegistryUnit convertToEntityAttribute(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return RegistryUnit.ofCode(code).orElseThrow(() -> new Quantity.UnknownUnitException(code));
	}

}
