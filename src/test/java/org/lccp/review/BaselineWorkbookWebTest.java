package org.lccp.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;
import org.lccp.support.WebSession.Upload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytical study's baseline as a spreadsheet over HTTP: the template in the
 * reader's language, a filled one becoming the study request, a faulty one refused whole
 * with each problem named by sheet, row and column; and a study leading on to a review
 * request.
 */
@LccpTest
class BaselineWorkbookWebTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient db;

	UUID city;

	TestAccount focal;

	@BeforeEach
	void city() {
		this.city = this.cities.registerCity(new CityDetails("MN", null, "Baseline city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.focal = new TestAccounts(this.accountManagement).create("Baseline focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, this.focal.id());
	}

	WebSession host() {
		return new WebSession(this.port).login(this.focal.email(), this.focal.password());
	}

	long studies() {
		return this.db.sql("select count(*) from review_study where city_id = :c")
			.param("c", this.city)
			.query(Long.class)
			.single();
	}

	static byte[] filled(byte[] template, String[][] items, String[][] energy) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				var out = new ByteArrayOutputStream()) {
			for (var item : items) {
				workbook.getSheetAt(0).getRow(Integer.parseInt(item[0])).getCell(1).setCellValue(item[1]);
			}
			for (var cell : energy) {
				var row = workbook.getSheetAt(1).getRow(Integer.parseInt(cell[0]));
				var column = Integer.parseInt(cell[1]);
				try {
					row.createCell(column).setCellValue(Double.parseDouble(cell[2]));
				}
				catch (NumberFormatException ex) {
					row.createCell(column).setCellValue(cell[2]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theTemplateInKoreanFilledAndUploadedBecomesTheStudyRequest() throws IOException {
		var host = host();
		var page = host.get("/cities/" + this.city + "/studies/new?lang=ko");
		assertThat(page.html().select("a.study-template").attr("href")).isEqualTo("/studies/baseline-template.xlsx");
		var template = host.download("/studies/baseline-template.xlsx");
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.header("Content-Type").orElse("")).startsWith(XLSX);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("기준 정보");
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("인구");
			assertThat(workbook.getSheetAt(1).getRow(4).getCell(0).getStringCellValue()).isEqualTo("수송");
		}
		var upload = filled(template.body(),
				new String[][] { { "1", "Heating with less coal" }, { "2", "435,000" }, { "3", "2023" },
						{ "4", "12500000000" }, { "5", "cny" }, { "6", "2021" }, { "8", "Master plan 2020-2035" } },
				new String[][] { { "1", "1", "120.5" }, { "4", "2", "400" }, { "7", "1", "2022" } });
		var sent = host.postMultipart("/cities/" + this.city + "/studies/baseline",
				List.of(new Upload("file", "baseline.xlsx", XLSX, upload)));
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		var study = host.get(sent.location().replaceFirst("^https?://[^/]+", "") + "?lang=en");
		var baseline = study.html().select(".study-baseline").text();
		assertThat(baseline).contains("Heating with less coal")
			.contains("435000 (2023)")
			.contains("12500000000 CNY (2021)")
			.contains("Master plan 2020-2035");
		// the energy sheet is kept as the city wrote it, in its language (Korean here)
		assertThat(baseline).contains("주거 건물: 석탄 120.5").contains("수송: 석유제품 400").contains("(2022)");
	}

	@Test
	void aFaultyWorkbookIsRefusedWholeWithEachProblemNamedBySheetRowAndColumn() throws IOException {
		var host = host();
		var template = host.download("/studies/baseline-template.xlsx?lang=en").body();
		var faulty = filled(template,
				new String[][] { { "1", "Transport" }, { "2", "many people" }, { "3", "3000" }, { "5", "yuan" } },
				new String[][] { { "2", "3", "-5" }, { "4", "2", "lots" } });
		var refused = host.postMultipart("/cities/" + this.city + "/studies/baseline",
				List.of(new Upload("file", "baseline.xlsx", XLSX, faulty)));
		assertThat(refused.status()).isEqualTo(200);
		var problems = refused.html().select("#baseline-problems li").eachText();
		assertThat(problems).containsExactly(
				"Sheet \u201cBaseline\u201d, row 3, column B: enter a number of zero or more.",
				"Sheet \u201cBaseline\u201d, row 4, column B: enter a year from 1900 to 2100.",
				"Sheet \u201cBaseline\u201d, row 6, column B: enter a three-letter currency code such as CNY.",
				"Sheet \u201cEnergy use\u201d, row 3, column D: enter a number of zero or more.",
				"Sheet \u201cEnergy use\u201d, row 5, column C: enter a number of zero or more.");
		assertThat(studies()).isZero();

		var noInterests = filled(template, new String[][] { { "2", "1000" } }, new String[0][]);
		assertThat(host
			.postMultipart("/cities/" + this.city + "/studies/baseline",
					List.of(new Upload("file", "b.xlsx", XLSX, noInterests)))
			.html()
			.select("#baseline-problems li")
			.text()).contains("row 2, column B").contains("interests");
		assertThat(host
			.postMultipart("/cities/" + this.city + "/studies/baseline",
					List.of(new Upload("file", "b.xlsx", XLSX, SampleFiles.pdf())))
			.html()
			.select("#baseline-problems li")
			.text()).contains("not an Excel workbook");
		try (var other = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			other.createSheet("Mine").createRow(0).createCell(0).setCellValue("x");
			other.createSheet("Second");
			other.write(out);
			assertThat(host
				.postMultipart("/cities/" + this.city + "/studies/baseline",
						List.of(new Upload("file", "b.xlsx", XLSX, out.toByteArray())))
				.html()
				.select("#baseline-problems li")
				.text()).contains("not the baseline template");
		}
		assertThat(studies()).isZero();
		// only the city's focal points send it
		var stranger = new TestAccounts(this.accountManagement).create("Other focal point", Role.CITY_FOCAL_POINT);
		assertThat(new WebSession(this.port).login(stranger.email(), stranger.password())
			.postMultipart("/cities/" + this.city + "/studies/baseline",
					List.of(new Upload("file", "b.xlsx", XLSX, template)))
			.status()).isEqualTo(403);
	}

	@Test
	void aDeliveredStudyLeadsTheCityToAReviewRequestThatStartsFromItsOptions() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretary = accounts.create("Baseline secretary", Role.SECRETARIAT);
		var expertAccount = accounts.create("Baseline expert", Role.EXPERT);
		var host = host();
		var path = host.post("/cities/" + this.city + "/studies", "interests", "Buildings")
			.location()
			.replaceFirst("^https?://[^/]+", "");
		new WebSession(this.port).login(secretary.email(), secretary.password())
			.post(path + "/experts", "email", expertAccount.email());
		assertThat(host.get(path).html().select("a.study-next-review")).isEmpty();
		new WebSession(this.port).login(expertAccount.email(), expertAccount.password())
			.post(path + "/delivery", "findings", "Old panel blocks", "options", "Insulate panel blocks first");
		var link = host.get(path).html().select("a.study-next-review").attr("href");
		assertThat(link).isEqualTo("/cities/" + this.city + "/reviews/new?study=" + path.substring(9));
		assertThat(host.get(path).html().select("a.study-next-capacity").attr("href"))
			.isEqualTo("/capacity/needs/new?study=" + path.substring(9));
		assertThat(host.get(link).html().select("#scope").attr("value"))
			.isEqualTo("Follow-up of the analytical study: Insulate panel blocks first");
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(404);
	}

}
