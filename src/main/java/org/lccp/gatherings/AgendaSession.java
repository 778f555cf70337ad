package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.lccp.files.StoredFile;

/** One session of a gathering's agenda. */
@Entity
@Table(name = "gathering_session")
class AgendaSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "gathering_id")
	private UUID gatheringId;

	private String title;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private @Nullable String speakers;

	private @Nullable String moderators;

	@Column(name = "document_url")
	private @Nullable String documentUrl;

	@Column(name = "document_file_id")
	private @Nullable UUID documentFileId;

	protected AgendaSession() {
	}

	AgendaSession(UUID gatheringId, String title, Instant startsAt, Instant endsAt, @Nullable String speakers,
			@Nullable String moderators, @Nullable String documentUrl) {
		if (endsAt.isBefore(startsAt)) {
			throw new InvalidGatheringException("gatherings.validation.endBeforeStart");
		}
		this.gatheringId = gatheringId;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.speakers = speakers;
		this.moderators = moderators;
		this.documentUrl = documentUrl;
	}

	/** Attaches an uploaded document (a file of the files module). */
	void attachDocument(UUID fileId) {
		this.documentFileId = fileId;
	}

	GatheringManagement.SessionView view(@Nullable StoredFile document) {
		return new GatheringManagement.SessionView(this.id, this.title, this.startsAt, this.endsAt,
				GatheringManagement.lines(this.speakers), GatheringManagement.lines(this.moderators), this.documentUrl,
				document);
	}

	@Nullable UUID getDocumentFileId() {
		return this.documentFileId;
	}

	Long getId() {
		return this.id;
	}

	UUID getGatheringId() {
		return this.gatheringId;
	}

}
