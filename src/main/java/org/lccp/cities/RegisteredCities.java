package org.lccp.cities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.CityRegistry;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry offered to modules that keep a city's id (gatherings' venues). Reading
 * only; nobody needs a role to choose a city.
 */
@Component
class RegisteredCities implements CityRegistry {

	private final Cities cities;

	private final CityDirectory management;

	RegisteredCities(Cities cities, CityDirectory management) {
		this.cities = cities;
		this.management = management;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CityChoice> city(UUID id, Locale reader) {
		return this.cities.findById(id).map((c) -> choice(c.view(), reader));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CityChoice> named(String country, String name) {
		var found = this.cities.byAnyName(name.strip().toLowerCase(Locale.ROOT))
			.stream()
			.filter((c) -> c.view().countryCode().equalsIgnoreCase(country))
			.toList();
		return found.size() == 1 ? Optional.of(choice(found.get(0).view(), Locale.ENGLISH)) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CityChoice> search(@Nullable String country, @Nullable String query, int limit, Locale reader) {
		var size = Math.max(1, Math.min(limit, 100));
		var code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		return this.management.cities(code, query, PageRequest.of(0, size, Sort.by("nameEn")))
			.map((v) -> choice(v, reader))
			.getContent();
	}

	private static CityChoice choice(CityView view, Locale reader) {
		return new CityChoice(view.id(), view.countryCode(), view.name(reader), view.nameEn());
	}

}
