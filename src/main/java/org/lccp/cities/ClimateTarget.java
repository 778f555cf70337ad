package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A climate target of a city, or of a country when it has no city (a national
 * commitment).
 */
@Entity
@Table(name = "climate_target")
class ClimateTarget {

	@Id
	private UUID id;

	@Column(name = "city_id")
	private UUID cityId;

	@Column(name = "country_code")
	private String countryCode;

	@Enumerated(EnumType.STRING)
	private TargetType type;

	@Enumerated(EnumType.STRING)
	@Column(name = "neutrality_kind")
	private NeutralityKind neutralityKind;

	private String title;

	@Column(name = "base_year")
	private Integer baseYear;

	@Column(name = "base_value")
	private BigDecimal baseValue;

	@Column(name = "target_year")
	private Integer targetYear;

	@Column(name = "target_value")
	private BigDecimal targetValue;

	@Column(name = "reduction_percent")
	private BigDecimal reductionPercent;

	@Column(name = "reduction_percent_high")
	private BigDecimal reductionPercentHigh;

	@Convert(converter = RegistryUnitColumn.class)
	private RegistryUnit unit;

	@Column(name = "value_description")
	private String valueDescription;

	private String gases;

	private String sectors;

	private String scopes;

	private boolean conditional;

	@Enumerated(EnumType.STRING)
	private TargetStatus status;

	@Column(name = "superseded_by")
	private UUID supersededBy;

	private String policy;

	@Column(name = "source_document")
	private String sourceDocument;

	@Column(name = "source_page")
	private String sourcePage;

	@Column(name = "source_link")
	private String sourceLink;

	@Column(name = "sources_disagree_with")
	private UUID sourcesDisagreeWith;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ClimateTarget() {
	}

	ClimateTarget(UUID cityId, String countryCode, TargetDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.cityId = cityId;
		this.countryCode = countryCode;
		this.createdAt = createdAt;
		edit(details, createdAt);
	}

	void edit(TargetDetails d, Instant at) {
		this.type = d.type();
		this.neutralityKind = d.neutralityKind();
		this.title = d.title().strip();
		this.baseYear = d.baseYear();
		this.baseValue = d.baseValue();
		this.targetYear = d.targetYear();
		this.targetValue = d.targetValue();
		this.reductionPercent = d.reductionPercent();
		this.reductionPercentHigh = d.reductionPercentHigh();
		this.unit = d.unit();
		this.valueDescription = TargetRules.blank(d.valueDescription());
		this.gases = normalise(d.gases());
		this.sectors = normalise(d.sectors());
		this.scopes = TargetRules.blank(d.scopes()) == null ? null : d.scopes().replace(" ", "");
		this.conditional = d.conditional();
		this.status = d.status();
		this.supersededBy = d.supersededBy();
		this.policy = TargetRules.blank(d.policy());
		this.sourceDocument = d.sourceDocument().strip();
		this.sourcePage = TargetRules.blank(d.sourcePage());
		this.sourceLink = TargetRules.blank(d.sourceLink());
		this.updatedAt = at;
	}

	private static String normalise(String list) {
		var text = TargetRules.blank(list);
		if (text == null) {
			return null;
		}
		return String.join(",",
				java.util.Arrays.stream(text.split(","))
					.map((s) -> s.strip().toUpperCase(java.util.Locale.ROOT))
					.toList());
	}

	TargetDetails details() {
		return new TargetDetails(this.type, this.neutralityKind, this.title, this.baseYear, this.baseValue,
				this.targetYear, this.targetValue, this.reductionPercent, this.reductionPercentHigh, this.unit,
				this.valueDescription, this.gases, this.sectors, this.scopes, this.conditional, this.status,
				this.supersededBy, this.policy, this.sourceDocument, this.sourcePage, this.sourceLink);
	}

	/**
	 * The implied annual rate from the lower cut, or from the values; null where none.
	 */
	AnnualRate rate() {
		if (!this.type.hasAnnualRate()) {
			return null;
		}
		var fromCut = AnnualRate.ofCut(this.reductionPercent, this.baseYear, this.targetYear);
		return fromCut != null ? fromCut
				: AnnualRate.ofValues(this.baseValue, this.targetValue, this.baseYear, this.targetYear);
	}

	AnnualRate rateHigh() {
		return this.type.hasAnnualRate() ? AnnualRate.ofCut(this.reductionPercentHigh, this.baseYear, this.targetYear)
				: null;
	}

	UUID getId() {
		return this.id;
	}

	/** The target whose source contradicts this one's, or null. */
	UUID getSourcesDisagreeWith() {
		return this.sourcesDisagreeWith;
	}

	void sourcesDisagreeWith(UUID other) {
		this.sourcesDisagreeWith = other;
	}

	UUID getCityId() {
		return this.cityId;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	/** The target's city now lies in another country; a city target follows its city. */
	void moveTo(String countryCode) {
		this.countryCode = countryCode;
	}

	TargetType getType() {
		return this.type;
	}

	Integer getBaseYear() {
		return this.baseYear;
	}

	Integer getTargetYear() {
		return this.targetYear;
	}

	String getTitle() {
		return this.title;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
