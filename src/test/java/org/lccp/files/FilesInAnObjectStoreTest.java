package org.lccp.files;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.SecondNode;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads kept in an S3-compatible object store ({@code lccp.files.storage=s3}) against a
 * real S3 server in the test JVM (S3Proxy over an in-memory store): content goes to the
 * bucket and not to the node's disk, downloads and previews come from it, nothing stays
 * there when the upload is refused or its transaction rolls back, a deletion removes it —
 * and a second node with a disk of its own serves what the first one stored.
 */
@LccpTest
class FilesInAnObjectStoreTest {

	static final String BUCKET = "lccp-files";

	static final String PREFIX = "platform/";

	static final BlobStoreContext STORE = ContextBuilder.newBuilder("transient")
		.credentials("identity", "credential")
		.build(BlobStoreContext.class);

	static S3Proxy server;

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) throws Exception {
		server = S3Proxy.builder()
			.blobStore(STORE.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "lccp-access", "lccp-secret-for-tests")
			.build();
		server.start();
		while (!"STARTED".equals(server.getState())) {
			Thread.onSpinWait();
		}
		registry.add("lccp.files.storage", () -> "s3");
		registry.add("lccp.files.s3.endpoint", () -> "http://127.0.0.1:" + server.getPort());
		registry.add("lccp.files.s3.bucket", () -> BUCKET);
		registry.add("lccp.files.s3.prefix", () -> PREFIX);
		registry.add("lccp.files.s3.access-key", () -> "lccp-access");
		registry.add("lccp.files.s3.secret-key", () -> "lccp-secret-for-tests");
	}

	@AfterAll
	static void stopTheStore() throws Exception {
		server.stop();
		STORE.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	FileStore files;

	@Autowired
	FilesProperties properties;

	@Autowired
	Environment environment;

	@Autowired
	TransactionTemplate transactions;

	record Principal(UUID id, String email, String displayName) implements CurrentUser.AccountPrincipal {
	}

	static void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(
					new Principal(UUID.randomUUID(), "uploader@test.lccp.example", "Uploader"), null,
					Role.SECRETARIAT.authority()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static boolean inBucket(UUID id) {
		return STORE.getBlobStore().blobExists(BUCKET, PREFIX + FileStore.storageKey(id));
	}

	static byte[] fromBucket(UUID id) throws Exception {
		try (var in = STORE.getBlobStore()
			.getBlob(BUCKET, PREFIX + FileStore.storageKey(id))
			.getPayload()
			.openStream()) {
			return in.readAllBytes();
		}
	}

	Path disk() {
		return this.properties.directory().toAbsolutePath().normalize();
	}

	@Test
	void anUploadGoesToTheBucketAndIsDownloadedFromItNotFromTheDisk() throws Exception {
		signIn();
		var content = SampleFiles.pdf();
		var stored = this.files.store("plan.pdf", new ByteArrayInputStream(content), FileRules.pdf());

		assertThat(inBucket(stored.id())).isTrue();
		assertThat(fromBucket(stored.id())).isEqualTo(content);
		assertThat(disk().resolve(FileStore.storageKey(stored.id()))).doesNotExist();
		try (var in = this.files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		this.files.setPublic(stored.id(), true);
		var download = new WebSession(this.port).download(stored.downloadPath());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		// Nothing is left in the scratch folder where the upload was checked.
		try (var left = Files.list(disk().resolve("tmp"))) {
			assertThat(left.filter((f) -> f.getFileName().toString().startsWith("upload-"))).isEmpty();
		}
	}

	@Test
	void aPreviewIsRenderedFromTheStoredPictureAndKeptInTheBucketToo() {
		signIn();
		var stored = this.files.store("square.png", new ByteArrayInputStream(SampleFiles.png(600, 300)),
				FileRules.images());

		var preview = this.files.thumbnail(stored.id()).orElseThrow();

		assertThat(preview.mediaType()).isEqualTo("image/png");
		assertThat(inBucket(preview.id())).isTrue();
	}

	@Test
	void aRefusedUploadOrARolledBackOneLeavesNothingInTheBucket() {
		signIn();
		var before = STORE.getBlobStore().countBlobs(BUCKET);

		assertThatThrownBy(
				() -> this.files.store("report.pdf", new ByteArrayInputStream(SampleFiles.html()), FileRules.pdf()))
			.isInstanceOf(InvalidFileException.class);
		var rolledBack = this.transactions.execute((status) -> {
			var stored = this.files.store("draft.pdf", new ByteArrayInputStream(SampleFiles.pdf()), FileRules.pdf());
			status.setRollbackOnly();
			return stored.id();
		});

		assertThat(inBucket(rolledBack)).isFalse();
		assertThat(STORE.getBlobStore().countBlobs(BUCKET)).isEqualTo(before);
	}

	@Test
	void deletingAFileRemovesItFromTheBucket() {
		signIn();
		var stored = this.files.store("old.pdf", new ByteArrayInputStream(SampleFiles.pdf()), FileRules.pdf());
		assertThat(inBucket(stored.id())).isTrue();

		this.files.delete(stored.id());

		assertThat(inBucket(stored.id())).isFalse();
	}

	@Test
	void aSecondNodeWithADiskOfItsOwnServesWhatTheFirstStored() throws Exception {
		signIn();
		var content = SampleFiles.png(120, 80);
		var stored = this.files.store("map.png", new ByteArrayInputStream(content), FileRules.images());
		this.files.setPublic(stored.id(), true);
		var otherDisk = Files.createTempDirectory("lccp-second-node-files-");

		try (var second = SecondNode.start(this.environment, "--lccp.files.directory=" + otherDisk,
				"--lccp.files.storage=s3", "--lccp.files.s3.endpoint=http://127.0.0.1:" + server.getPort(),
				"--lccp.files.s3.bucket=" + BUCKET, "--lccp.files.s3.prefix=" + PREFIX,
				"--lccp.files.s3.access-key=lccp-access", "--lccp.files.s3.secret-key=lccp-secret-for-tests")) {
			var secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			var download = new WebSession(secondPort).download(stored.downloadPath());

			assertThat(download.status()).isEqualTo(200);
			assertThat(download.body()).isEqualTo(content);
			try (var onSecondDisk = Files.walk(otherDisk)) {
				assertThat(onSecondDisk.filter(Files::isRegularFile)).isEmpty();
			}
		}
	}

}
