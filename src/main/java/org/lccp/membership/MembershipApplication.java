package org.lccp.membership;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.UserText;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An institution's request to join, moving DRAFT → SUBMITTED ⇄ MORE_INFO_REQUESTED →
 * ACCEPTED | REJECTED. Each state change is a method that refuses to run from the wrong
 * state.
 */
@Entity
@Table(name = "membership_application")
class MembershipApplication {

	@Id
	private UUID id;

	@Column(name = "applicant_id")
	private UUID applicantId;

	@Enumerated(EnumType.STRING)
	private ApplicationState state;

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

	private String activities;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_position")
	private String contactPosition;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "contact_phone")
	private String contactPhone;

	@Column(name = "offers_experts")
	private boolean offersExperts;

	@Enumerated(EnumType.STRING)
	@Column(name = "resource_centre_area")
	private ActivityArea resourceCentreArea;

	@Column(name = "check_eligible_type")
	private boolean checkEligibleType;

	@Column(name = "check_lcc_activity")
	private boolean checkLccActivity;

	@Column(name = "check_contact_verified")
	private boolean checkContactVerified;

	@Column(name = "check_not_duplicate")
	private boolean checkNotDuplicate;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Column(name = "institution_id")
	private UUID institutionId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Version
	private long version;

	@Column(name = "nominated_by_country")
	private String nominatedByCountry;

	@Column(name = "nomination_reason")
	private String nominationReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "application_interest", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "interest")
	@Enumerated(EnumType.STRING)
	private Set<ActivityArea> interests = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "application_sector", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	private Set<Sector> sectors = new HashSet<>();

	protected MembershipApplication() {
	}

	MembershipApplication(UUID applicantId, ApplicationDetails details, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.applicantId = applicantId;
		this.state = ApplicationState.DRAFT;
		this.createdAt = createdAt;
		apply(details);
	}

	/**
	 * A Member State's nomination, made by its national focal point (the applicant of
	 * record): it enters the queue submitted, since the focal point has already decided.
	 */
	static MembershipApplication nomination(UUID focalPointId, String country, ApplicationDetails details,
			String reason, Instant at) {
		var application = new MembershipApplication(focalPointId, details, at);
		application.nominatedByCountry = country;
		application.nominationReason = reason;
		application.state = ApplicationState.SUBMITTED;
		application.submittedAt = application.createdAt;
		return application;
	}

	void edit(ApplicationDetails details) {
		if (this.nominatedByCountry != null) {
			// The nominated institution's details are the Member State's statement; the
			// focal point answers questions in the thread instead of rewriting them.
			throw new ConflictException("membership.nomination.notEditable");
		}
		if (!this.state.editableByApplicant()) {
			throw new ConflictException("membership.application.notEditable");
		}
		apply(details);
	}

	private void apply(ApplicationDetails details) {
		this.nameOriginal = details.nameOriginal();
		this.nameEnglish = details.nameEnglish();
		this.nameNormalised = UserText.normaliseName(details.nameEnglish());
		this.type = details.type();
		this.country = details.country();
		this.city = details.city();
		this.website = details.website();
		this.activities = details.activities();
		this.interests = new HashSet<>(details.interests());
		this.sectors = new HashSet<>(details.sectors());
		this.contactName = details.contactName();
		this.contactPosition = details.contactPosition();
		this.contactEmail = details.contactEmail();
		this.contactPhone = details.contactPhone();
		this.offersExperts = details.offersExperts();
		this.resourceCentreArea = details.resourceCentreArea();
	}

	ApplicationState submit(Instant at) {
		var from = this.state;
		if (!this.state.editableByApplicant()) {
			throw new ConflictException("membership.application.wrongState",
					new DefaultMessageSourceResolvable("ApplicationState." + this.state.name()));
		}
		this.state = ApplicationState.SUBMITTED;
		this.submittedAt = at;
		return from;
	}

	void requestMoreInformation() {
		requireState(ApplicationState.SUBMITTED);
		this.state = ApplicationState.MORE_INFO_REQUESTED;
	}

	void updateChecklist(Checklist checklist) {
		if (this.state.isFinal()) {
			throw new ConflictException("membership.application.decided");
		}
		this.checkEligibleType = checklist.eligibleType();
		this.checkLccActivity = checklist.lccActivity();
		this.checkContactVerified = checklist.contactVerified();
		this.checkNotDuplicate = checklist.notDuplicate();
	}

	void accept(UUID institutionId, UUID decidedBy, Instant at) {
		requireState(ApplicationState.SUBMITTED);
		if (!checklist().complete()) {
			throw new ConflictException("membership.application.checklistIncomplete");
		}
		this.state = ApplicationState.ACCEPTED;
		this.institutionId = institutionId;
		this.decidedAt = at;
		this.decidedBy = decidedBy;
	}

	ApplicationState reject(String reason, UUID decidedBy, Instant at) {
		var from = this.state;
		if (from != ApplicationState.SUBMITTED && from != ApplicationState.MORE_INFO_REQUESTED) {
			throw new ConflictException("membership.application.wrongState",
					new DefaultMessageSourceResolvable("ApplicationState." + this.state.name()));
		}
		if (reason == null || reason.isBlank()) {
			throw new ConflictException("membership.application.reasonRequired");
		}
		this.state = ApplicationState.REJECTED;
		this.rejectionReason = reason;
		this.decidedAt = at;
		this.decidedBy = decidedBy;
		return from;
	}

	private void requireState(ApplicationState expected) {
		if (this.state != expected) {
			throw new ConflictException("membership.application.wrongState",
					new DefaultMessageSourceResolvable("ApplicationState." + this.state.name()));
		}
	}

	Checklist checklist() {
		return new Checklist(this.checkEligibleType, this.checkLccActivity, this.checkContactVerified,
				this.checkNotDuplicate);
	}

	ApplicationDetails details() {
		return new ApplicationDetails(this.nameOriginal, this.nameEnglish, this.type, this.country, this.city,
				this.website, this.activities,
				this.interests.isEmpty() ? EnumSet.noneOf(ActivityArea.class) : this.interests,
				this.sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : this.sectors, this.contactName,
				this.contactPosition, this.contactEmail, this.contactPhone, this.offersExperts,
				this.resourceCentreArea);
	}

	UUID getId() {
		return this.id;
	}

	UUID getApplicantId() {
		return this.applicantId;
	}

	ApplicationState getState() {
		return this.state;
	}

	String getNameNormalised() {
		return this.nameNormalised;
	}

	String getCountry() {
		return this.country;
	}

	InstitutionType getType() {
		return this.type;
	}

	InstitutionNames names() {
		return InstitutionNames.of(this.nameOriginal, this.nameEnglish);
	}

	String getNameEnglish() {
		return this.nameEnglish;
	}

	String getRejectionReason() {
		return this.rejectionReason;
	}

	UUID getInstitutionId() {
		return this.institutionId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getNominatedByCountry() {
		return this.nominatedByCountry;
	}

	String getNominationReason() {
		return this.nominationReason;
	}

	long getVersion() {
		return this.version;
	}

}
