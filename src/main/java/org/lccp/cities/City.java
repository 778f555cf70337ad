package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A city or other local government with its names and place. */
@Entity
@Table(name = "city")
class City {

	@Id
	private UUID id;

	@Column(name = "country_code")
	private String countryCode;

	private String locode;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_ja")
	private String nameJa;

	@Column(name = "name_ko")
	private String nameKo;

	@Column(name = "name_ru")
	private String nameRu;

	@Column(name = "name_mn")
	private String nameMn;

	@Column(name = "name_native")
	private String nameNative;

	@Enumerated(EnumType.STRING)
	@Column(name = "admin_level")
	private AdminLevel adminLevel;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String source;

	/** All seven names in lower case, kept by the database for trigram search. */
	@Column(name = "search_text", insertable = false, updatable = false)
	private String searchText;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected City() {
	}

	City(CityDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.createdAt = createdAt;
		edit(details, createdAt);
	}

	void edit(CityDetails d, Instant at) {
		this.countryCode = d.countryCode();
		this.locode = TargetRules.blank(d.locode());
		this.nameEn = d.nameEn().strip();
		this.nameZh = TargetRules.blank(d.nameZh());
		this.nameJa = TargetRules.blank(d.nameJa());
		this.nameKo = TargetRules.blank(d.nameKo());
		this.nameRu = TargetRules.blank(d.nameRu());
		this.nameMn = TargetRules.blank(d.nameMn());
		this.nameNative = TargetRules.blank(d.nameNative());
		this.adminLevel = d.adminLevel();
		this.latitude = d.latitude();
		this.longitude = d.longitude();
		this.source = TargetRules.blank(d.source());
		this.updatedAt = at;
	}

	CityDetails details() {
		return new CityDetails(this.countryCode, this.locode, this.nameEn, this.nameZh, this.nameJa, this.nameKo,
				this.nameRu, this.nameMn, this.nameNative, this.adminLevel, this.latitude, this.longitude, this.source);
	}

	CityView view() {
		return new CityView(this.id, this.countryCode, this.locode, this.nameEn, this.nameZh, this.nameJa, this.nameKo,
				this.nameRu, this.nameMn, this.nameNative, this.adminLevel, this.latitude, this.longitude, this.source,
				this.updatedAt, this.version);
	}

	UUID getId() {
		return this.id;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	String getNameEn() {
		return this.nameEn;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
