package org.lccp.gatherings;

import org.lccp.shared.web.SafeCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lccp.gatherings.GatheringRegistrations.Participant;

import org.springframework.context.MessageSource;

/**
 * The participant list as CSV and XLSX. Spreadsheet programs run a cell that starts with
 * {@code = + - @} (or a tab or carriage return) as a formula, so such cells get a leading
 * apostrophe: a participant's answer is never executed on the secretariat's computer.
 */
final class ParticipantExport {

	private final MessageSource texts;

	private final Locale locale;

	ParticipantExport(MessageSource texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	byte[] csv(List<Participant> participants) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(header());
			for (var p : participants) {
				printer.printRecord(row(p));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A byte order mark lets spreadsheet programs read the names in every script.
		return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<Participant> participants) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(this.texts.getMessage("gatherings.participants.title", null, this.locale));
			var rowIndex = 0;
			write(sheet.createRow(rowIndex++), header());
			for (var p : participants) {
				write(sheet.createRow(rowIndex++), row(p));
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(org.apache.poi.ss.usermodel.Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			// String cells only: nothing in the export is evaluated.
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private List<String> header() {
		var keys = List.of("gatherings.participant.name", "gatherings.participant.email",
				"gatherings.registration.mode", "gatherings.participant.status", "gatherings.registration.dietary",
				"gatherings.registration.accessibility", "gatherings.registration.interpretation",
				"gatherings.participant.registeredAt", "gatherings.participant.checkedInAt");
		return keys.stream().map((k) -> this.texts.getMessage(k, null, this.locale)).toList();
	}

	private List<String> row(Participant p) {
		var values = new ArrayList<String>();
		values.add(SafeCells.text(p.name()));
		values.add(SafeCells.text(p.email()));
		values.add(this.texts.getMessage("AttendanceMode." + p.mode().name(), null, this.locale));
		values.add(this.texts.getMessage("RegistrationStatus." + p.status().name(), null, this.locale));
		values.add(SafeCells.text(p.dietary()));
		values.add(SafeCells.text(p.accessibility()));
		values.add(SafeCells.text(p.interpretation()));
		values.add(p.registeredAt().toString());
		values.add(p.checkedInAt() == null ? "" : p.checkedInAt().toString());
		return values;
	}

}
