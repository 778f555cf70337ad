package org.lccp.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.knowledge.KnowledgeWorkflowTest.form;

/**
 * The contribution form's lists of cities, gatherings and related items over real HTTP:
 * they show the choices made and at most twenty matches of what is typed, found with the
 * Find button without scripts or as a fragment for htmx, instead of every record.
 */
@LccpTest
class ContributionChoicesTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CityDirectory cities;

	@Autowired
	GatheringProgramme programme;

	@Test
	void theFormListsOnlyTheCitiesMatchingWhatIsTypedAndAtMostTwenty() {
		var editor = account();
		var suffix = suffix();
		for (var n = 1; n <= 22; n++) {
			city(editor, "Choicetown " + suffix + " " + n);
		}
		city(editor, "Elsewhere " + suffix);
		var member = login(editor);

		var blank = member.get("/knowledge/new").html();
		assertThat(blank.select("#city-choices").text()).doesNotContain(suffix);
		assertThat(blank.select("#citySearch")).isNotEmpty();

		var typed = member.get("/knowledge/new?citySearch=" + encode("choicetown " + suffix)).html();
		var listed = typed.select("#city-choices li label");
		assertThat(listed).hasSize(ContributionController.CHOICES);
		assertThat(listed.eachText()).allMatch((text) -> text.startsWith("Choicetown " + suffix));
		assertThat(typed.select("#city-choices").text()).doesNotContain("Elsewhere");
		assertThat(typed.select("#citySearch").attr("value")).isEqualTo("choicetown " + suffix);
	}

	@Test
	void theFindButtonKeepsWhatIsTypedAndListsTheMatchesWithoutSaving() {
		var editor = account();
		var suffix = suffix();
		var city = city(editor, "Findburg " + suffix);
		var gathering = gathering(editor, "Findable forum " + suffix);
		var member = login(editor);
		var related = publishedItem(member, "Findable guide " + suffix);
		var title = "Unsaved draft " + suffix;

		var found = member.post("/knowledge",
				form("CASE_STUDY", "en", title, "<p>Typed body " + suffix + "</p>", "lessons", "Typed lessons",
						"citySearch", "findburg " + suffix, "gatheringSearch", "findable forum " + suffix,
						"relatedSearch", "findable guide " + suffix, "find", "cities"));

		assertThat(found.status()).isEqualTo(200);
		var page = found.html();
		assertThat(page.select("#title").attr("value")).isEqualTo(title);
		assertThat(page.select("#body").text()).contains("Typed body " + suffix);
		assertThat(page.select("#lessons").text()).isEqualTo("Typed lessons");
		assertThat(page.select("#citySearch").attr("value")).isEqualTo("findburg " + suffix);
		assertThat(page.select("#city-choices input").eachAttr("value")).containsExactly(city.toString());
		assertThat(page.select("#city-choices li label").text()).startsWith("Findburg " + suffix + " (");
		assertThat(page.select("#gathering-choices input").eachAttr("value")).containsExactly(gathering.toString());
		assertThat(page.select("#related-choices input").eachAttr("value")).containsExactly(related.toString());
		assertThat(page.select(".field-error, [role=alert]")).as("searching is not saving").isEmpty();
		assertThat(member.get("/my/knowledge").body()).doesNotContain(title);
	}

	@Test
	void eachSearchAsksForItsOwnMatchesAndKeepsItsOwnChoices() {
		var member = login(account());

		var page = member.get("/knowledge/new?kind=CASE_STUDY").html();

		for (var list : java.util.List.of(java.util.List.of("citySearch", "city-choices", "cities"),
				java.util.List.of("gatheringSearch", "gathering-choices", "gatherings"),
				java.util.List.of("relatedSearch", "related-choices", "related"))) {
			var search = page.select("#" + list.get(0));
			assertThat(search.attr("name")).isEqualTo(list.get(0));
			assertThat(search.attr("hx-get")).isEqualTo("/knowledge/form/" + list.get(1));
			assertThat(search.attr("hx-target")).isEqualTo("#" + list.get(1));
			assertThat(search.attr("hx-include")).isEqualTo("#" + list.get(1) + " [name=" + list.get(2) + "]");
			assertThat(page.select("label[for=" + list.get(0) + "]").text()).isNotBlank();
			assertThat(page.select("button[name=find][value=" + list.get(2) + "]")).hasSize(1);
		}
	}

	@Test
	void aChosenCityStaysListedAndCheckedAfterSavingAndReopening() {
		var editor = account();
		var suffix = suffix();
		var city = city(editor, "Keptville " + suffix);
		var member = login(editor);

		var saved = member.post("/knowledge",
				form("CASE_STUDY", "en", "Kept city " + suffix, "<p>x</p>", "cities", city.toString()));
		assertThat(saved.status()).isEqualTo(302);
		var path = saved.location();
		var id = path.substring(path.lastIndexOf('/') + 1);

		var edit = member.get("/knowledge/" + id + "/edit").html();
		var box = edit.select("#city-choices input[value=" + city + "]");
		assertThat(box).hasSize(1);
		assertThat(box.hasAttr("checked")).isTrue();
		assertThat(edit.select("#city-choices input").eachAttr("value")).containsExactly(city.toString());
	}

	@Test
	void theFragmentsForHtmxAnswerWithTheMatchesAndKeepWhatIsChosen() {
		var editor = account();
		var suffix = suffix();
		var chosen = city(editor, "Pickedton " + suffix);
		var match = city(editor, "Typedton " + suffix);
		var gathering = gathering(editor, "Typed summit " + suffix);
		var member = login(editor);
		var related = publishedItem(member, "Typed handbook " + suffix);

		var cityItems = member.get(
				"/knowledge/form/city-choices?citySearch=" + encode("typedton " + suffix) + "&cities=" + chosen,
				"HX-Request", "true");
		assertThat(cityItems.status()).isEqualTo(200);
		assertThat(cityItems.body()).doesNotContain("<html");
		var boxes = org.jsoup.Jsoup.parseBodyFragment("<ul>" + cityItems.body() + "</ul>").select("input");
		assertThat(boxes.eachAttr("value")).containsExactly(chosen.toString(), match.toString());
		assertThat(boxes.get(0).hasAttr("checked")).isTrue();
		assertThat(boxes.get(1).hasAttr("checked")).isFalse();

		var gatheringItems = member.get(
				"/knowledge/form/gathering-choices?gatheringSearch=" + encode("summit " + suffix), "HX-Request",
				"true");
		assertThat(gatheringItems.status()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parseBodyFragment("<ul>" + gatheringItems.body() + "</ul>")
			.select("input")
			.eachAttr("value")).containsExactly(gathering.toString());

		var relatedItems = member.get("/knowledge/form/related-choices?relatedSearch=" + encode("handbook " + suffix),
				"HX-Request", "true");
		assertThat(org.jsoup.Jsoup.parseBodyFragment("<ul>" + relatedItems.body() + "</ul>")
			.select("input")
			.eachAttr("value")).containsExactly(related.toString());
		var itself = member.get(
				"/knowledge/form/related-choices?relatedSearch=" + encode("handbook " + suffix) + "&item=" + related,
				"HX-Request", "true");
		assertThat(itself.body()).as("an item is not related to itself").doesNotContain(related.toString());

		var nothing = member.get("/knowledge/form/city-choices?citySearch=" + encode("nowhere " + suffix), "HX-Request",
				"true");
		assertThat(nothing.body()).contains("Nothing found.");
		assertThat(new WebSession(this.port).get("/knowledge/form/city-choices?citySearch=x").status())
			.as("contributors only")
			.isEqualTo(302);
	}

	private UUID city(TestAccount editor, String name) {
		return this.accounts.actingAs(editor.id(), () -> this.cities.createCity(new CityDetails("KR", null, name, null,
				null, null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test")));
	}

	private UUID gathering(TestAccount editor, String title) {
		var start = LocalDateTime.of(2020, 3, 10, 9, 0);
		return this.accounts.actingAs(editor.id(),
				() -> this.programme.create(new GatheringDetails(title, GatheringType.WORKSHOP,
						GatheringFormat.IN_PERSON, null, null, start, start.plusHours(8), ZoneId.of("Asia/Seoul"),
						"Gwangju", "KR", null, null, null, null, null, null, null, null, null)));
	}

	private static UUID publishedItem(WebSession secretariat, String title) {
		var path = secretariat
			.post("/knowledge",
					form("PUBLICATION", "en", title, "<p>x</p>", "publicationKind", "REPORT", "year", "2020"))
			.location();
		var id = path.substring(path.lastIndexOf('/') + 1);
		assertThat(secretariat.post("/knowledge/" + id + "/publish").status()).isEqualTo(302);
		return UUID.fromString(id);
	}

	private TestAccount account() {
		return new TestAccounts(this.accounts).create("editor", Role.SECRETARIAT);
	}

	private WebSession login(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
