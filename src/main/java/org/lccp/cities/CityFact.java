package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	private String unit;

	private String source;

	Long getId() {
		return this.id;
	}

	protected CityFact() {
	}

	CityFact(UUID cityId, FactKind kind, int year, BigDecimal value, String unit, String source) {
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

	FactView view() {
		return new FactView(this.kind, this.year, this.value, this.unit, this.source);
	}

	/** One value of a series. */
	public record FactView(FactKind kind, int year, BigDecimal value, String unit, String source) {
	}

}
