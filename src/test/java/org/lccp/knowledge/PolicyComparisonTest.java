package org.lccp.knowledge;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lccp.cities.CityFixtures;
import org.lccp.cities.TargetDetails;
import org.lccp.cities.TargetStatus;
import org.lccp.cities.TargetType;
import org.lccp.identity.AccountManagement;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy comparison (issue 16) over real HTTP: policies of each country side by side
 * by level and type with the national commitments of the target registry, filters, bad
 * filters answered with messages, and the CSV, XLSX and PDF exports in the reader's
 * language, safe against formula injection.
 */
@LccpTest
class PolicyComparisonTest {

	@LocalServerPort
	int port;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CityFixtures cities;

	String tag;

	@BeforeEach
	void policiesAndACommitment() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		var items = new TestItems(this.editorial, this.accounts);
		items.item(ContentKind.POLICY, "zh", "国家低碳城市试点方案 " + this.tag, "<p>试点。</p>")
			.country("CN")
			.policy("NATIONAL", "PILOT")
			.year(2010)
			.publish();
		items.item(ContentKind.POLICY, "ja", "環境モデル都市 " + this.tag, "<p>選定。</p>")
			.country("JP")
			.policy("NATIONAL", "PROGRAMME")
			.year(2008)
			.publish();
		items.item(ContentKind.POLICY, "en", "=HYPERLINK(\"http://x\") city plan " + this.tag, "<p>Plan.</p>")
			.country("KR")
			.policy("CITY", "PLAN")
			.year(2019)
			.publish();
		this.cities.ensureCountry("KR", "Republic of Korea", "대한민국");
		this.cities.registerTarget(null, "KR",
				new TargetDetails(TargetType.ABSOLUTE, null, "National cut " + this.tag, 2010, null, 2030, null,
						new BigDecimal("22.7"), null, null, null, null, null, null, true, TargetStatus.ADOPTED, null,
						null, "test NDC", null, null));
	}

	WebSession reader() {
		return new WebSession(this.port);
	}

	@Test
	void policiesOfEachCountryStandSideBySideWithTheNationalCommitments() {
		var page = reader().get("/policies/compare?lang=zh");
		assertThat(page.status()).isEqualTo(200);
		var html = page.html();
		assertThat(html.select("h1").text()).isEqualTo("政策对比");
		assertThat(html.select("table.policy-matrix thead th").eachText()).contains("中国", "日本", "韩国");
		var rows = html.select("table.policy-matrix tbody tr");
		assertThat(rows.first().select("th").text()).isEqualTo("国家承诺");
		assertThat(rows.first().select("td[data-label=韩国]").text()).contains("National cut " + this.tag)
			.contains("基准年2010，目标年2030");
		assertThat(html.select("td[data-label=中国] a").eachText()).contains("国家低碳城市试点方案 " + this.tag);
		// a title not in the reader's language says so and carries its language
		assertThat(html.select("td[data-label=日本] a[lang=ja]").eachText()).contains("環境モデル都市 " + this.tag);

		var cityPlans = reader().get("/policies/compare?level=CITY&country=KR&country=JP").html();
		assertThat(cityPlans.select("table.policy-matrix tbody th").eachText()).allMatch((t) -> t.startsWith("City"));
		assertThat(cityPlans.text()).doesNotContain("National cut " + this.tag).doesNotContain("環境モデル都市 " + this.tag);
		var years = reader().get("/policies/compare?from=2009&to=2012&commitments=false").html();
		assertThat(years.text()).contains("国家低碳城市试点方案 " + this.tag)
			.doesNotContain("環境モデル都市 " + this.tag)
			.doesNotContain("National cut " + this.tag);
		assertThat(reader().get("/policies?lang=ko").html().select("#compare-policies").attr("href"))
			.isEqualTo("/policies/compare");
	}

	@Test
	void exportsCarryTheMatrixInCsvXlsxAndAPdfWithCjkText() throws Exception {
		var csv = reader().download("/policies/compare.csv?lang=ja");
		assertThat(csv.status()).isEqualTo(200);
		var text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("row,country,country_name,title,year,target_year,status,cities,language,link")
			.contains("国家低碳城市试点方案 " + this.tag)
			.contains("'=HYPERLINK")
			.doesNotContain(",=HYPERLINK");

		var xlsx = reader().download("/policies/compare.xlsx?country=KR&lang=ko").body();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var found = false;
			for (var row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals("National cut " + this.tag)) {
					found = true;
					assertThat(row.getCell(0).getStringCellValue()).isEqualTo("국가 공약");
					assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2030);
					assertThat(row.getCell(6).getStringCellValue()).isEqualTo("채택됨");
				}
			}
			assertThat(found).isTrue();
		}

		var pdf = reader().download("/policies/compare.pdf?country=CN&country=JP&lang=zh").body();
		try (var document = Loader.loadPDF(pdf)) {
			var extracted = new PDFTextStripper().getText(document);
			assertThat(extracted).contains("政策对比").contains("国家低碳城市试点方案").contains("環境モデル都市");
		}
		assertThat(new String(reader().download("/policies/compare.csv?country=CN").body(), StandardCharsets.UTF_8))
			.doesNotContain("環境モデル都市 " + this.tag);
	}

}
