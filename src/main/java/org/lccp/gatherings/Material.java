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
import org.jspecify.annotations.Nullable;
import org.lccp.files.StoredFile;

/**
 * A document, presentation, recording, photo or case study of a gathering: a link, or an
 * uploaded file kept by the files module.
 */
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

	private @Nullable String url;

	@Column(name = "file_id")
	private @Nullable UUID fileId;

	@Column(name = "added_at")
	private Instant addedAt;

	protected Material() {
	}

	Material(UUID gatheringId, MaterialKind kind, String title, String url, Instant addedAt) {
		this.gatheringId = gatheringId;
		this.kind = kind;
		this.title = title;
		this.url = url;
		this.addedAt = addedAt;
	}

	Material(UUID gatheringId, MaterialKind kind, String title, UUID fileId, Instant addedAt) {
		if (!kind.mayBeUploaded()) {
			throw new InvalidGatheringException("gatherings.material.fileNotForKind");
		}
		this.gatheringId = gatheringId;
		this.kind = kind;
		this.title = title;
		this.fileId = fileId;
		this.addedAt = addedAt;
	}

	GatheringManagement.MaterialView view(@Nullable StoredFile file) {
		var link = file != null ? file.downloadPath() : (this.url == null ? "" : this.url);
		return new GatheringManagement.MaterialView(this.id, this.kind, this.title, link, file);
	}

	UUID getGatheringId() {
		return this.gatheringId;
	}

	@Nullable UUID getFileId() {
		return this.fileId;
	}

}
