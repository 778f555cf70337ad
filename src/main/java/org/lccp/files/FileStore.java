package org.lccp.files;

import java.time.Clock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The platform's file store, for every module that takes uploads. A file is accepted only
 * when its content (sniffed with Apache Tika, never its name or declared type) is of a
 * kind the caller's {@link FileRules} allow and within their size; it is then written to
 * {@code lccp.files.directory} under a generated name (temporary file, digest while
 * copying, atomic move) and recorded in the caller's transaction. A rolled-back
 * transaction takes the written file with it.
 * <p>
 * New files are not visible: only their uploader and the secretariat and resource centre
 * can download them until the owning module calls {@link #setPublic} (typically when it
 * publishes the content they belong to).
 * <p>
 * The writes ({@code store}, {@code setPublic}, {@code delete}, {@code keepToItsModule})
 * check no role by rule: the file store does not know what a file belongs to, so the
 * owning module's facade checks its own rule (the author of a knowledge item, the
 * secretariat for a gathering's material, a review's team) before it calls; no address of
 * the files module writes.
 */
@Service
public class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private static final FileRules PREVIEWS = new FileRules(java.util.EnumSet.of(FileKind.IMAGE),
			DataSize.ofMegabytes(20));

	private final FileRecords records;

	private final ContentSniffer sniffer;

	private final AuditLog audit;

	private final Thumbnails thumbnails;

	private final ContentStorage storage;

	private final Clock clock;

	FileStore(FileRecords records, ContentSniffer sniffer, AuditLog audit, FilesProperties properties,
			ContentStorage storage, Clock clock) {
		this.records = records;
		this.sniffer = sniffer;
		this.audit = audit;
		this.thumbnails = new Thumbnails(properties.thumbnailWidth());
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * Stores an uploaded file for the signed-in account.
	 * @throws InvalidFileException when the file is empty, too large, or of a kind the
	 * rules do not accept; nothing is stored then
	 */
	@Transactional
	public StoredFile store(MultipartFile file, FileRules rules) {
		if (file.isEmpty()) {
			throw InvalidFileException.empty();
		}
		if (file.getSize() > rules.maxSize().toBytes()) {
			throw InvalidFileException.tooLarge(rules);
		}
		try (var content = file.getInputStream()) {
			return store(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), content, rules);
		}
		catch (IOException ex) {
			throw InvalidFileException.unreadable();
		}
	}

	/**
	 * Stores content read from a stream (demo data, imports), owned by the signed-in
	 * account if there is one. The caller closes the stream.
	 * @throws InvalidFileException as {@link #store(MultipartFile, FileRules)}
	 */
	@Transactional
	public StoredFile store(String originalName, InputStream content, FileRules rules) {
		var name = FileNames.safe(originalName);
		var owner = CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null);
		var stored = write(name, content, rules, owner, null, false);
		this.audit.record("StoredFile", stored.id(), "UPLOADED",
				stored.name() + " (" + stored.mediaType() + ", " + stored.size() + " bytes)");
		return stored;
	}

	/**
	 * The file's description, whoever may see it (callers decide what to show).
	 * @throws FileNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public StoredFile file(UUID id) {
		return load(id).view();
	}

	/**
	 * The file's content; the caller closes the stream.
	 * @throws FileNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public InputStream open(UUID id) {
		var record = load(id);
		try {
			return this.storage.open(record.getStorageKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Content of stored file " + id + " is missing", ex);
		}
	}

	/**
	 * The file's preview, a PNG at most 400 pixels wide: the first page of a PDF or the
	 * picture scaled down. Made on the first request, stored as a file of its own (with
	 * the visibility of the original) and reused; empty for other kinds and for files
	 * that cannot be rendered.
	 * @throws FileNotFoundException when there is no such file
	 */
	@Transactional
	public Optional<StoredFile> thumbnail(UUID id) {
		var record = this.records.lockById(id).orElseThrow(() -> new FileNotFoundException(id));
		if (record.getThumbnailId() != null) {
			return this.records.findById(record.getThumbnailId()).map(FileRecord::view);
		}
		var kind = FileKind.of(record.getMediaType()).orElse(null);
		if (record.getPreviewOf() != null || kind == null || !kind.shownInline()) {
			return Optional.empty();
		}
		var original = record.view();
		Optional<byte[]> picture;
		try {
			picture = this.storage.withLocalFile(record.getStorageKey(), (file) -> this.thumbnails.of(file, kind));
		}
		catch (IOException ex) {
			log.warn("No preview of {}: {}", id, ex.toString());
			return Optional.empty();
		}
		if (picture.isEmpty()) {
			return Optional.empty();
		}
		var preview = write(previewName(original.name()), new ByteArrayInputStream(picture.get()), PREVIEWS,
				original.owner(), id, original.visible());
		record.useThumbnail(preview.id());
		return Optional.of(preview);
	}

	/**
	 * Shows the file (and its preview) to everyone, or hides it again. Owning modules
	 * call this when they publish or withdraw the content the file belongs to.
	 */
	@Transactional
	public void setPublic(UUID id, boolean visible) {
		var record = load(id);
		record.setVisible(visible);
		if (record.getThumbnailId() != null) {
			this.records.findById(record.getThumbnailId()).ifPresent((preview) -> preview.setVisible(visible));
		}
	}

	/**
	 * Deletes the file and its preview; their content leaves the disk once the
	 * transaction commits.
	 */
	@Transactional
	public void delete(UUID id) {
		var record = load(id);
		var gone = new java.util.ArrayList<FileRecord>();
		if (record.getThumbnailId() != null) {
			this.records.findById(record.getThumbnailId()).ifPresent(gone::add);
		}
		gone.add(record);
		var name = record.view().name();
		this.records.deleteAll(gone);
		this.records.flush();
		var keys = gone.stream().map(FileRecord::getStorageKey).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(FileStore.this.storage::delete);
			}
		});
		this.audit.record("StoredFile", id, "DELETED", name);
	}

	/**
	 * Keeps a file to the module that stored it: the shared download address then gives
	 * it (while it is not public) only to its uploader and the secretariat, since the
	 * module serves it to the other parties under its own rules. Resource centres, who
	 * review other modules' unpublished files, do not get it.
	 */
	@Transactional
	public void keepToItsModule(UUID id) {
		var record = this.records.findById(id).orElseThrow(() -> new FileNotFoundException(id));
		record.keepToModule();
	}

	/**
	 * The file if the signed-in reader may download it: visible files for everyone, the
	 * others for their uploader, the secretariat and (unless the file is kept to its
	 * module) the resource centre. Otherwise as if it did not exist.
	 */
	@Transactional(readOnly = true)
	StoredFile readable(UUID id) {
		var file = file(id);
		var keptToModule = this.records.findById(id).map(FileRecord::isKeptToModule).orElse(false);
		if (file.visible() || CurrentUser.has(Role.SECRETARIAT)
				|| (!keptToModule && CurrentUser.has(Role.RESOURCE_CENTRE))) {
			return file;
		}
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null);
		if (me != null && me.equals(file.owner())) {
			return file;
		}
		throw new FileNotFoundException(id);
	}

	// --- writing
	// ---------------------------------------------------------------------------------------------

	private StoredFile write(String name, InputStream content, FileRules rules, @Nullable UUID owner,
			@Nullable UUID previewOf, boolean visible) {
		Path temp = null;
		try {
			temp = Files.createTempFile(this.storage.scratch(), "upload-", ".part");
			var digest = sha256();
			long size;
			try (var out = Files.newOutputStream(temp)) {
				size = copy(new DigestInputStream(content, digest), out, rules.maxSize().toBytes());
			}
			if (size == 0) {
				throw InvalidFileException.empty();
			}
			if (size > rules.maxSize().toBytes()) {
				throw InvalidFileException.tooLarge(rules);
			}
			var mediaType = this.sniffer.mediaType(temp, name);
			var kind = FileKind.of(mediaType).filter(rules::accepts);
			if (kind.isEmpty()) {
				log.info("Refused upload \"{}\" detected as {}", name, mediaType);
				throw InvalidFileException.wrongKind(rules);
			}
			var id = UUID.randomUUID();
			var key = storageKey(id);
			this.storage.put(key, temp, mediaType);
			removeOnRollback(key);
			var record = new FileRecord(id, name, mediaType, size, HexFormat.of().formatHex(digest.digest()), key,
					owner, previewOf, visible, this.clock.instant());
			try {
				this.records.saveAndFlush(record);
			}
			catch (RuntimeException ex) {
				this.storage.delete(key);
				throw ex;
			}
			return record.view();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an upload in the " + this.storage, ex);
		}
		finally {
			if (temp != null) {
				removeQuietly(temp);
			}
		}
	}

	/**
	 * Copies at most {@code limit + 1} bytes: enough to tell that a file is too large
	 * without reading all of it.
	 */
	private static long copy(InputStream in, java.io.OutputStream out, long limit) throws IOException {
		var buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
			out.write(buffer, 0, read);
			total += read;
			if (total > limit) {
				break;
			}
		}
		return total;
	}

	private void removeOnRollback(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					FileStore.this.storage.delete(key);
				}
			}
		});
	}

	/** {@code ab/cd/abcd…}: two levels of folders keep every folder small. */
	static String storageKey(UUID id) {
		var text = id.toString();
		return text.substring(0, 2) + "/" + text.substring(2, 4) + "/" + text;
	}

	private FileRecord load(UUID id) {
		return this.records.findById(id).orElseThrow(() -> new FileNotFoundException(id));
	}

	private static String previewName(String name) {
		var dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name) + "-preview.png";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void removeQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", path, ex.toString());
		}
	}

}
