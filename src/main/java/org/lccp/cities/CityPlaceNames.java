package org.lccp.cities;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.domain.PlaceNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * City names for places other modules keep as text. A list of gatherings asks for each
 * card's venue, so answers are cached; a renamed city shows its new name within a minute
 * on every node, which is soon enough for a venue line.
 */
@Component("placeNames")
class CityPlaceNames implements PlaceNames {

	private final LoadingCache<String, List<CityView>> byName;

	CityPlaceNames(Cities cities, TransactionTemplate transactions) {
		this.byName = Caffeine.newBuilder()
			.maximumSize(5_000)
			.expireAfterWrite(Duration.ofMinutes(1))
			.build((name) -> transactions
				.execute((status) -> cities.byAnyName(name).stream().map(City::view).toList()));
	}

	@Override
	public LocalName city(@Nullable String country, @Nullable String name, Locale reader) {
		if (name == null || name.isBlank()) {
			return new LocalName("", null);
		}
		var found = find(country, name.strip());
		if (found.isEmpty()) {
			return new LocalName(name, null);
		}
		var city = found.get();
		var language = city.nameLanguage(reader);
		return new LocalName(city.name(reader), language.equals(reader.getLanguage()) ? null : language);
	}

	private Optional<CityView> find(@Nullable String country, String name) {
		var candidates = this.byName.get(name.toLowerCase(Locale.ROOT));
		var inCountry = candidates.stream()
			.filter((c) -> country == null || country.equalsIgnoreCase(c.countryCode()))
			.toList();
		// Two cities of one name in one country: the text cannot say which, so it stays.
		return inCountry.size() == 1 ? Optional.of(inCountry.get(0)) : Optional.empty();
	}

}
