package org.lccp.membership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The country a national focal point speaks for. The role itself lives with the account
 * (identity); this row says which Member State's nominations the account may make, so
 * both are needed to nominate.
 */
@Entity
@Table(name = "national_focal_point")
class NationalFocalPoint {

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	private String country;

	@Column(name = "appointed_at")
	private Instant appointedAt;

	@Column(name = "appointed_by")
	private UUID appointedBy;

	protected NationalFocalPoint() {
	}

	NationalFocalPoint(UUID accountId, String country, UUID appointedBy, Instant appointedAt) {
		this.accountId = accountId;
		this.country = country;
		this.appointedAt = appointedAt;
		this.appointedBy = appointedBy;
	}

	void moveTo(String country, UUID appointedBy, Instant appointedAt) {
		this.country = country;
		this.appointedAt = appointedAt;
		this.appointedBy = appointedBy;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	String getCountry() {
		return this.country;
	}

	Instant getAppointedAt() {
		return this.appointedAt;
	}

}
