package org.lccp.files;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What the platform knows of a stored file; the bytes are on disk under the storage key.
 */
@Entity
@Table(name = "stored_file")
class FileRecord {

	@Id
	private UUID id;

	private String name;

	@Column(name = "media_type")
	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	@Column(name = "storage_key")
	private String storageKey;

	private boolean visible;

	@Column(name = "owner_id")
	private @Nullable UUID owner;

	@Column(name = "thumbnail_id")
	private @Nullable UUID thumbnailId;

	@Column(name = "preview_of")
	private @Nullable UUID previewOf;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "kept_to_module")
	private boolean keptToModule;

	protected FileRecord() {
	}

	FileRecord(UUID id, String name, String mediaType, long size, String sha256, String storageKey,
			@Nullable UUID owner, @Nullable UUID previewOf, boolean visible, Instant createdAt) {
		this.id = id;
		this.name = name;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.owner = owner;
		this.previewOf = previewOf;
		this.visible = visible;
		this.createdAt = createdAt;
	}

	StoredFile view() {
		return new StoredFile(this.id, this.name, this.mediaType, this.size, this.sha256, this.visible, this.owner,
				this.createdAt);
	}

	boolean isKeptToModule() {
		return this.keptToModule;
	}

	void keepToModule() {
		this.keptToModule = true;
	}

	void setVisible(boolean visible) {
		this.visible = visible;
	}

	void useThumbnail(UUID thumbnailId) {
		this.thumbnailId = thumbnailId;
	}

	UUID getId() {
		return this.id;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	String getMediaType() {
		return this.mediaType;
	}

	@Nullable UUID getThumbnailId() {
		return this.thumbnailId;
	}

	@Nullable UUID getPreviewOf() {
		return this.previewOf;
	}

}
