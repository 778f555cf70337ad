package org.lccp.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store against the real database and disk, and its downloads over real HTTP.
 */
@LccpTest
class FilesWebTest {

	@LocalServerPort
	int port;

	@Autowired
	FileStore files;

	@Autowired
	FilesProperties properties;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		this.people = new TestAccounts(this.accounts);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void realFilesOfEveryKindAreRecognisedByTheirContentWhateverTheirName() {
		assertThat(store("report.bin", SampleFiles.pdf()).mediaType()).isEqualTo("application/pdf");
		assertThat(store("photo", SampleFiles.png(50, 40)).mediaType()).isEqualTo("image/png");
		assertThat(store("photo.png", SampleFiles.jpeg(50, 40)).mediaType()).isEqualTo("image/jpeg");
		assertThat(store("minutes.pdf", SampleFiles.docx()).mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(store("data.txt", SampleFiles.xls()).mediaType()).isEqualTo("application/vnd.ms-excel");
		assertThat(store("notes.zip", SampleFiles.odt()).mediaType())
			.isEqualTo("application/vnd.oasis.opendocument.text");
		assertThat(store("figures.csv", "city,co2\nSuwon,12\n".getBytes()).mediaType()).isEqualTo("text/csv");
		assertThat(store("readme", "Plain words.\n".getBytes()).mediaType()).isEqualTo("text/plain");
	}

	@Test
	void storedFilesLiveUnderGeneratedNamesWithTheirDigest() throws Exception {
		var content = SampleFiles.pdf();
		var stored = store("../../etc/passwd", content);

		assertThat(stored.name()).isEqualTo("passwd");
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		var onDisk = root().resolve(FileStore.storageKey(stored.id()));
		assertThat(onDisk).exists().hasBinaryContent(content);
		assertThat(onDisk.getFileName().toString()).isEqualTo(stored.id().toString());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where record_type = 'StoredFile' "
				+ "and record_id = ? and action = 'UPLOADED'", Long.class, stored.id().toString()))
			.isEqualTo(1);
		try (var in = this.files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void disguisedExecutablesWebPagesAndEmptyFilesAreRefusedAndNothingIsStored() throws IOException {
		var rowsBefore = rows();
		var filesBefore = filesOnDisk();

		assertRefused("report.pdf", SampleFiles.html(), FileRules.pdf(), "files.invalid.kind");
		assertRefused("report.pdf", SampleFiles.elf(), FileRules.any(), "files.invalid.kind");
		assertRefused("setup.docx", SampleFiles.exe(), FileRules.documents(), "files.invalid.kind");
		assertRefused("photo.png", SampleFiles.pdf(), FileRules.images(), "files.invalid.kind");
		assertRefused("empty.pdf", new byte[0], FileRules.pdf(), "files.invalid.empty");

		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(filesOnDisk()).isEqualTo(filesBefore);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimitInMegabytes() {
		var rules = new FileRules(EnumSet.of(FileKind.PDF), DataSize.ofMegabytes(1));
		var large = new byte[1024 * 1024 + 1];
		var pdf = SampleFiles.pdf();
		System.arraycopy(pdf, 0, large, 0, pdf.length);

		assertThatThrownBy(() -> this.files.store("big.pdf", new ByteArrayInputStream(large), rules))
			.isInstanceOfSatisfying(InvalidFileException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("files.invalid.tooLarge");
				assertThat(ex.arguments()).containsExactly(1L);
			});
	}

	@Test
	void aRolledBackTransactionLeavesNoFileBehind() throws IOException {
		var filesBefore = filesOnDisk();
		var id = this.transactions.execute((status) -> {
			var stored = this.files.store("draft.pdf", new ByteArrayInputStream(SampleFiles.pdf()), FileRules.pdf());
			status.setRollbackOnly();
			return stored.id();
		});

		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where id = ?", Long.class, id)).isZero();
		assertThat(filesOnDisk()).isEqualTo(filesBefore);
	}

	@Test
	void hiddenFilesAreForTheirUploaderTheSecretariatAndTheResourceCentreOnly() {
		var owner = this.people.create("File Owner", Role.MEMBER);
		var stored = storeAs(owner, "報告書.pdf", SampleFiles.pdf());
		var path = stored.downloadPath();

		assertThat(new WebSession(this.port).download(path).status()).isEqualTo(404);
		assertThat(as(Role.MEMBER).download(path).status()).isEqualTo(404);
		assertThat(as(Role.CITY_FOCAL_POINT).download(path).status()).isEqualTo(404);
		assertThat(as(Role.EXPERT).download(path).status()).isEqualTo(404);
		assertThat(login(owner).download(path).status()).isEqualTo(200);
		assertThat(as(Role.SECRETARIAT).download(path).status()).isEqualTo(200);
		assertThat(as(Role.RESOURCE_CENTRE).download(path).status()).isEqualTo(200);
		assertThat(new WebSession(this.port).download(stored.thumbnailPath()).status()).isEqualTo(404);

		this.files.setPublic(stored.id(), true);

		assertThat(new WebSession(this.port).download(path).status()).isEqualTo(200);
		assertThat(new WebSession(this.port).download(stored.thumbnailPath()).status()).isEqualTo(200);
		assertThat(new WebSession(this.port).download("/files/" + UUID.randomUUID() + "/x.pdf").status())
			.isEqualTo(404);
	}

	@Test
	void aFileKeptToItsModuleIsNotGivenToResourceCentresAtTheSharedAddress() {
		var owner = this.people.create("Review document owner", Role.CITY_FOCAL_POINT);
		var stored = storeAs(owner, "plan.pdf", SampleFiles.pdf());
		this.files.keepToItsModule(stored.id());
		var path = stored.downloadPath();

		assertThat(as(Role.RESOURCE_CENTRE).download(path).status()).isEqualTo(404);
		assertThat(as(Role.RESOURCE_CENTRE).download(stored.thumbnailPath()).status()).isEqualTo(404);
		assertThat(as(Role.MEMBER).download(path).status()).isEqualTo(404);
		assertThat(login(owner).download(path).status()).isEqualTo(200);
		assertThat(as(Role.SECRETARIAT).download(path).status()).isEqualTo(200);

		this.files.setPublic(stored.id(), true);
		assertThat(as(Role.RESOURCE_CENTRE).download(path).status()).isEqualTo(200);
	}

	@Test
	void downloadsCarryTypeNameLengthDigestAndNoSniffing() {
		var pdf = SampleFiles.pdf();
		var stored = store("報告書 2024.pdf", pdf);
		this.files.setPublic(stored.id(), true);
		var docx = store("minutes.docx", SampleFiles.docx());
		this.files.setPublic(docx.id(), true);
		var web = new WebSession(this.port);

		var response = web.download(stored.downloadPath());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(pdf);
		assertThat(response.header("Content-Type")).hasValue("application/pdf");
		assertThat(response.header("Content-Length")).hasValue(String.valueOf(pdf.length));
		assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.header("ETag")).hasValue("\"" + stored.sha256() + "\"");
		assertThat(response.header("Cache-Control").orElse("")).contains("no-cache").contains("public");
		assertThat(response.header("Content-Disposition").orElse("")).startsWith("inline;")
			.contains("filename*=UTF-8''%E5%A0%B1%E5%91%8A%E6%9B%B8%202024.pdf");

		var again = web.download(stored.downloadPath(), "If-None-Match", "\"" + stored.sha256() + "\"");
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		var word = web.download(docx.downloadPath());
		assertThat(word.header("Content-Disposition").orElse("")).startsWith("attachment;")
			.contains("filename=\"minutes.docx\"");
		assertThat(word.header("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
	}

	@Test
	void theThumbnailOfAPdfIsASmallPngMadeOnceAndReused() throws IOException {
		var stored = store("slides.pdf", SampleFiles.pdf());
		this.files.setPublic(stored.id(), true);
		var web = new WebSession(this.port);

		var first = web.download(stored.thumbnailPath());
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Type")).hasValue("image/png");
		var picture = ImageIO.read(new ByteArrayInputStream(first.body()));
		assertThat(picture.getWidth()).isLessThanOrEqualTo(400).isGreaterThan(100);
		assertThat(picture.getHeight()).isGreaterThan(picture.getWidth());

		assertThat(web.download(stored.thumbnailPath()).body()).isEqualTo(first.body());
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where preview_of = ?", Long.class,
				stored.id()))
			.isEqualTo(1);
	}

	@Test
	void picturesAreScaledDownAndOtherKindsHaveNoThumbnail() throws IOException {
		var photo = store("wide.png", SampleFiles.png(1200, 600));
		var preview = this.files.thumbnail(photo.id()).orElseThrow();
		try (var in = this.files.open(preview.id())) {
			var picture = ImageIO.read(in);
			assertThat(picture.getWidth()).isEqualTo(400);
			assertThat(picture.getHeight()).isEqualTo(200);
		}
		assertThat(this.files.thumbnail(store("minutes.docx", SampleFiles.docx()).id())).isEmpty();
	}

	@Test
	void aPictureWithoutAThumbnailLeadsToItselfAndADocumentHasNone() {
		var webp = store("river.webp", SampleFiles.webp());
		assertThat(webp.mediaType()).isEqualTo("image/webp");
		this.files.setPublic(webp.id(), true);
		var docx = store("minutes.docx", SampleFiles.docx());
		this.files.setPublic(docx.id(), true);
		var web = new WebSession(this.port);

		var redirect = web.download(webp.thumbnailPath());
		assertThat(redirect.status()).isEqualTo(303);
		assertThat(redirect.header("Location").orElse("")).endsWith(webp.downloadPath());
		assertThat(web.download(docx.thumbnailPath()).status()).isEqualTo(404);
	}

	@Test
	void aFileCalledThumbnailIsNotMistakenForItsPreview() {
		var stored = store("thumbnail.png", SampleFiles.png(600, 300));
		this.files.setPublic(stored.id(), true);

		var original = new WebSession(this.port).download(stored.downloadPath());

		assertThat(stored.downloadPath()).endsWith("/_thumbnail.png");
		assertThat(original.body()).isEqualTo(SampleFiles.png(600, 300));
	}

	@Test
	void deletingRemovesRecordPreviewAndContent() {
		var stored = store("old.pdf", SampleFiles.pdf());
		var preview = this.files.thumbnail(stored.id()).orElseThrow();

		this.files.delete(stored.id());

		assertThat(root().resolve(FileStore.storageKey(stored.id()))).doesNotExist();
		assertThat(root().resolve(FileStore.storageKey(preview.id()))).doesNotExist();
		assertThatThrownBy(() -> this.files.file(stored.id())).isInstanceOf(FileNotFoundException.class);
		assertThatThrownBy(() -> this.files.file(preview.id())).isInstanceOf(FileNotFoundException.class);
	}

	@Test
	void anUploadLargerThanThePlatformAcceptsIsAnsweredWith413NotAResetOrA500() {
		var member = this.people.create("Big Uploader", Role.MEMBER);
		var web = login(member);
		var tooBigFile = new byte[21 * 1024 * 1024];
		var tooBigRequest = new byte[26 * 1024 * 1024];

		var oneFile = web.postMultipart("/profile",
				List.of(new WebSession.Upload("file", "big.pdf", "application/pdf", tooBigFile)), "displayName",
				"Big Uploader");
		var whole = web.postMultipart("/profile",
				List.of(new WebSession.Upload("file", "bigger.pdf", "application/pdf", tooBigRequest)), "displayName",
				"Big Uploader");

		assertThat(oneFile.status()).isEqualTo(413);
		assertThat(oneFile.mainText()).isNotBlank();
		assertThat(whole.status()).isEqualTo(413);
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------

	private StoredFile store(String name, byte[] content) {
		return this.files.store(name, new ByteArrayInputStream(content), FileRules.any());
	}

	private StoredFile storeAs(TestAccount account, String name, byte[] content) {
		CurrentUser.AccountPrincipal principal = new Principal(account.id(), account.email(), account.name());
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(principal, null, Role.MEMBER.authority()));
		try {
			return store(name, content);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void assertRefused(String name, byte[] content, FileRules rules, String key) {
		assertThatThrownBy(() -> this.files.store(name, new ByteArrayInputStream(content), rules))
			.isInstanceOfSatisfying(InvalidFileException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private WebSession as(Role role) {
		return login(this.people.create("Reader " + role.name(), role));
	}

	private WebSession login(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private Path root() {
		return this.properties.directory().toAbsolutePath().normalize();
	}

	private long rows() {
		return this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
	}

	private long filesOnDisk() throws IOException {
		if (!Files.exists(root())) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(root())) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	record Principal(UUID id, String email, String displayName) implements CurrentUser.AccountPrincipal {

	}

}
