package org.lccp.files;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.SignedIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The file store on its own (the audit log stands in as a mock): an upload is judged by
 * its content rather than its name, stored for the signed-in owner with a preview, and an
 * upload that is refused leaves no record.
 */
@ModuleTest
class FilesModuleTest {

	@MockitoBean
	AuditLog audit;

	private final FileStore files;

	private final JdbcTemplate jdbc;

	FilesModuleTest(FileStore files, JdbcTemplate jdbc) {
		this.files = files;
		this.jdbc = jdbc;
	}

	@Test
	void aPictureIsStoredForItsOwnerWithAPreviewAndReadsBackUnchanged() throws Exception {
		var owner = SignedIn.account("Uploader");
		var png = SampleFiles.png(800, 600);

		var stored = owner.as(
				() -> this.files.store("site visit.png", new ByteArrayInputStream(png), FileRules.images()),
				Role.MEMBER);

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.owner()).isEqualTo(owner.id());
		assertThat(stored.size()).isEqualTo(png.length);
		try (var content = this.files.open(stored.id())) {
			assertThat(content.readAllBytes()).isEqualTo(png);
		}
		assertThat(this.files.thumbnail(stored.id()))
			.hasValueSatisfying((preview) -> assertThat(preview.mediaType()).isEqualTo("image/png"));
		verify(this.audit).record(eq("StoredFile"), eq(stored.id()), eq("UPLOADED"), anyString());
	}

	@Test
	void aWebPageNamedLikeAPdfIsRefusedAndNothingIsStored() {
		var before = this.jdbc.queryForObject("select count(*) from stored_file", Long.class);

		assertThatThrownBy(
				() -> this.files.store("report.pdf", new ByteArrayInputStream(SampleFiles.html()), FileRules.pdf()))
			.isInstanceOfSatisfying(InvalidFileException.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("files.invalid.kind"));
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file", Long.class)).isEqualTo(before);
	}

}
