package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A progress entry of a target. */
@Entity
@Table(name = "target_progress")
class TargetProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "target_id")
	private UUID targetId;

	private int year;

	private BigDecimal value;

	@Column(name = "share_achieved")
	private BigDecimal shareAchieved;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	Long getId() {
		return this.id;
	}

	protected TargetProgress() {
	}

	TargetProgress(UUID targetId, ProgressDetails details, Instant createdAt) {
		this.targetId = targetId;
		this.year = details.year();
		this.value = details.value();
		this.shareAchieved = details.shareAchieved();
		this.note = TargetRules.blank(details.note());
		this.createdAt = createdAt;
	}

	UUID getTargetId() {
		return this.targetId;
	}

	ProgressView view() {
		return new ProgressView(this.year, this.value, this.shareAchieved, this.note);
	}

	/** A progress entry as pages and the API show it. */
	public record ProgressView(int year, BigDecimal value, BigDecimal shareAchieved, String note) {
	}

}
