package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One value of a city's time series (population, area, GDP…) with its source. */
@Entity
@Table(name = "city_fact")
class CityFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "city_id")
	private UUID cityId;

	@Enumerated(EnumType.STRING)
	private FactKind kind;

	private int year;

	private BigDecimal value;

	@Convert(converter = RegistryUnitColumn.class)
	private RegistryUnit unit;

	private String source;

	@Version
	private long version;

	Long getId() {
		return this.id;
	}

	protected CityFact() {
	}

	CityFact(UUID cityId, FactKind kind, int year, BigDecimal value, RegistryUnit unit, String source) {
		this.cityId = cityId;
		this.kind = kind;
		this.year = year;
		this.value = value;
		this.unit = unit;
		this.source = source;
	}

	UUID getCityId() {
		return this.cityId;
	}

	long getVersion() {
		return this.version;
	}

	FactDetails details() {
		return new FactDetails(this.kind, this.year, this.value, this.unit, this.source);
	}

	/** Corrects the value; the kind, year, unit and source may change too. */
	void correct(FactDetails details) {
		this.kind = details.kind();
		this.year = details.year();
		this.value = details.value();
		this.unit = details.unit();
		this.source = details.source().strip();
	}

	FactRecord record() {
		return new FactRecord(this.id, this.version, this.kind, this.year, this.value, this.unit, this.source);
	}

	FactView view() {
		return new FactView(this.kind, this.year, this.value, this.unit, this.source);
	}

	/** One stored value with what its editors need to correct or delete it. */
	public record FactRecord(long id, long version, FactKind kind, int year, BigDecimal value, RegistryUnit unit,
			String source) {

		public Quantity quantity() {
			return Quantity.of(this.value, this.unit);
		}

	}

	/** One value of a series. */
	public record FactView(FactKind kind, int year, BigDecimal value, RegistryUnit unit, String source) {

		public Quantity quantity() {
			return Quantity.of(this.value, this.unit);
		}

	}

}
