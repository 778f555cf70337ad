package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link to a document, presentation, recording, photo or case study of a gathering. */
@Entity
@Table(name = "gathering_material")
class Material {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "gathering_id")
	private UUID gatheringId;

	@Enumerated(EnumType.STRING)
	private MaterialKind kind;

	private String title;

	private String url;

	@Column(name = "added_at")
	private Instant addedAt;

	protected Material() {
	}

	Material(UUID gatheringId, MaterialKind kind, String title, String url) {
		this.gatheringId = gatheringId;
		this.kind = kind;
		this.title = title;
		this.url = url;
		this.addedAt = Instant.now();
	}

	GatheringManagement.MaterialView view() {
		return new GatheringManagement.MaterialView(this.id, this.kind, this.title, this.url);
	}

}
