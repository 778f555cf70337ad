package org.lccp.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.UserText;

/**
 * A member institution of the platform.
 */
@Entity
@Table(name = "institution")
class Institution {

	@Id
	private UUID id;

	@Column(name = "name_original")
	private String nameOriginal;

	@Column(name = "name_english")
	private String nameEnglish;

	@Column(name = "name_normalised")
	private String nameNormalised;

	@Enumerated(EnumType.STRING)
	private InstitutionType type;

	private String country;

	private String city;

	private String website;

	private String description;

	@Column(name = "offers_experts")
	private boolean offersExperts;

	@Enumerated(EnumType.STRING)
	@Column(name = "resource_centre_area")
	private ActivityArea resourceCentreArea;

	@Enumerated(EnumType.STRING)
	private InstitutionStatus status;

	@Column(name = "member_since")
	private LocalDate memberSince;

	@Column(name = "source_note")
	private String sourceNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Institution() {
	}

	Institution(ApplicationDetails details, LocalDate memberSince, String sourceNote, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.nameOriginal = details.nameOriginal();
		this.nameEnglish = details.nameEnglish();
		this.nameNormalised = UserText.normaliseName(details.nameEnglish());
		this.type = details.type();
		this.country = details.country();
		this.city = details.city();
		this.website = details.website();
		this.description = details.activities();
		this.offersExperts = details.offersExperts();
		this.resourceCentreArea = details.resourceCentreArea();
		this.status = InstitutionStatus.ACTIVE;
		this.memberSince = memberSince;
		this.sourceNote = sourceNote;
		this.createdAt = createdAt;
	}

	InstitutionStatus suspend() {
		if (this.status == InstitutionStatus.SUSPENDED) {
			throw new ConflictException("membership.institution.alreadySuspended");
		}
		this.status = InstitutionStatus.SUSPENDED;
		return InstitutionStatus.ACTIVE;
	}

	InstitutionStatus reinstate() {
		if (this.status == InstitutionStatus.ACTIVE) {
			throw new ConflictException("membership.institution.alreadyActive");
		}
		this.status = InstitutionStatus.ACTIVE;
		return InstitutionStatus.SUSPENDED;
	}

	InstitutionView view() {
		return new InstitutionView(this.id, this.nameOriginal, this.nameEnglish, this.type, this.country, this.city,
				this.website, this.description, this.offersExperts, this.resourceCentreArea, this.status,
				this.memberSince, this.sourceNote);
	}

	UUID getId() {
		return this.id;
	}

	InstitutionStatus getStatus() {
		return this.status;
	}

	InstitutionNames names() {
		return InstitutionNames.of(this.nameOriginal, this.nameEnglish);
	}

	String getNameEnglish() {
		return this.nameEnglish;
	}

}
