package org.lccp.review;

import java.time.Clock;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.files.StoredFile;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.review.ReviewViews.ReviewFile;
import org.lccp.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of reviews and studies, kept by the shared file store (which checks kind and
 * size: PDF, Office and OpenDocument files, text and CSV up to 20 MB) and never made
 * public there: they are downloaded only through the review's or study's own address,
 * which applies the step's rules (a draft's files for its parties, a reviewer's private
 * file for the team and the secretariat only). Storing joins the caller's transaction, so
 * a refused step keeps no file.
 */
@Component
class ReviewFiles {

	/** Purposes of a file. */
	static final String REQUEST = "REQUEST";

	static final String SELF = "SELF";

	static final String ASSESSMENT = "ASSESSMENT";

	static final String STUDY = "STUDY";

	/** Most files one review or study keeps. */
	static final int MAX_FILES = 60;

	private final JdbcClient db;

	private final FileStore files;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final Clock clock;

	ReviewFiles(JdbcClient db, FileStore files, AccountManagement accounts, AuditLog audit, Clock clock) {
		this.db = db;
		this.files = files;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a posted file field carries a file at all (an empty field is no file). */
	static boolean present(@Nullable MultipartFile upload) {
		return upload != null && !(upload.isEmpty()
				&& (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()));
	}

	/**
	 * Stores an upload for a review.
	 * @throws org.lccp.files.InvalidFileException when the file is empty, too large or of
	 * a refused kind (the caller's transaction then rolls back)
	 */
	StoredFile addToReview(UUID reviewId, String purpose, @Nullable Integer position, boolean privateFile,
			MultipartFile upload) {
		return add(reviewId, null, purpose, position, privateFile, upload);
	}

	StoredFile addToStudy(UUID studyId, MultipartFile upload) {
		return add(null, studyId, STUDY, null, false, upload);
	}

	private StoredFile add(@Nullable UUID reviewId, @Nullable UUID studyId, String purpose, @Nullable Integer position,
			boolean privateFile, MultipartFile upload) {
		var count = this.db.sql("select count(*) from review_file where review_id = :r or study_id = :s")
			.param("r", reviewId)
			.param("s", studyId)
			.query(Long.class)
			.single();
		if (count >= MAX_FILES) {
			throw new ReviewRefusedException("file", "review.error.tooManyFiles", MAX_FILES);
		}
		var stored = this.files.store(upload, FileRules.documents());
		// served to the parties through the review's own address; the shared one must not
		// give a draft's documents to resource centres
		this.files.keepToItsModule(stored.id());
		this.db
			.sql("insert into review_file (file_id, review_id, study_id, purpose, position, account_id, private, name,"
					+ " created_at) values (:f, :r, :s, :p, :pos, :a, :priv, :n, :now)")
			.param("f", stored.id())
			.param("r", reviewId)
			.param("s", studyId)
			.param("p", purpose)
			.param("pos", position)
			.param("a", CurrentUser.id())
			.param("priv", privateFile)
			.param("n", stored.name().length() > 300 ? stored.name().substring(0, 300) : stored.name())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		this.audit.record(reviewId != null ? "Review" : "Study", reviewId != null ? reviewId : studyId, "add-file",
				purpose + (position == null ? "" : " " + position) + (privateFile ? " (private)" : "") + ": "
						+ stored.name());
		return stored;
	}

	/**
	 * A review's files the reader may see, given what the reader may see of the review.
	 * @param purposes the purposes visible to the reader
	 * @param seesPrivate whether the reader sees reviewers' private files
	 */
	List<ReviewFile> ofReview(UUID reviewId, List<String> purposes, boolean seesPrivate) {
		if (purposes.isEmpty()) {
			return List.of();
		}
		return this.db
			.sql("select file_id, purpose, position, name, account_id, private from review_file"
					+ " where review_id = :id and purpose in (:p)" + (seesPrivate ? "" : " and not private")
					+ " order by purpose, position nulls first, created_at")
			.param("id", reviewId)
			.param("p", purposes)
			.query((rs, n) -> view(rs.getObject(1, UUID.class), rs.getString(2), (Integer) rs.getObject(3),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getBoolean(6), "/reviews/" + reviewId + "/files/"))
			.list();
	}

	List<ReviewFile> ofStudy(UUID studyId) {
		return this.db
			.sql("select file_id, purpose, position, name, account_id, private from review_file"
					+ " where study_id = :id order by created_at")
			.param("id", studyId)
			.query((rs, n) -> view(rs.getObject(1, UUID.class), rs.getString(2), (Integer) rs.getObject(3),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getBoolean(6), "/studies/" + studyId + "/files/"))
			.list();
	}

	StoredFile stored(UUID fileId) {
		return this.files.file(fileId);
	}

	java.io.InputStream open(UUID fileId) {
		return this.files.open(fileId);
	}

	private ReviewFile view(UUID fileId, String purpose, @Nullable Integer position, String name, UUID account,
			boolean privateFile, String base) {
		return new ReviewFile(fileId, purpose, position, name, this.accounts.find(account).displayName(), privateFile,
				base + fileId);
	}

}
