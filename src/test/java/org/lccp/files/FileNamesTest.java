package org.lccp.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void keepsOnlyTheLastPartOfUnixAndWindowsPaths() {
		assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.safe("C:\\x\\..\\a.pdf")).isEqualTo("a.pdf");
		assertThat(FileNames.safe("/var/data/report.pdf")).isEqualTo("report.pdf");
	}

	@Test
	void neverLeavesDotDotOrAHiddenName() {
		assertThat(FileNames.safe("..")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.safe("...pdf")).isEqualTo("pdf");
		assertThat(FileNames.safe("a..b.pdf")).isEqualTo("a.b.pdf");
		assertThat(FileNames.safe(".htaccess")).isEqualTo("htaccess");
		assertThat(FileNames.safe("")).isEqualTo(FileNames.FALLBACK);
		assertThat(FileNames.safe(null)).isEqualTo(FileNames.FALLBACK);
	}

	@Test
	void dropsControlAndBidiCharactersAndReplacesReservedOnes() {
		assertThat(FileNames.safe("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
		assertThat(FileNames.safe("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.safe("a<b>:c|d?*\"%;.pdf")).isEqualTo("a_b__c_d_____.pdf");
		assertThat(FileNames.safe("  many   spaces .pdf ")).isEqualTo("many spaces .pdf");
	}

	@Test
	void keepsLettersOfEveryScript() {
		assertThat(FileNames.safe("報告書.pdf")).isEqualTo("報告書.pdf");
		assertThat(FileNames.safe("보고서 2024.docx")).isEqualTo("보고서 2024.docx");
		assertThat(FileNames.safe("Отчёт Улан-Батор.pdf")).isEqualTo("Отчёт Улан-Батор.pdf");
	}

	@Test
	void capsTheLengthAndKeepsTheExtension() {
		var name = FileNames.safe("長".repeat(400) + ".pdf");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(name).endsWith("長.pdf");
	}

}
