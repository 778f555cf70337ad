package org.lccp.knowledge;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Countries;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facets of the search page over HTTP: labels in the reader's language, counts and
 * links that follow the index, the chosen value marked. The facets' HTML is kept for each
 * list of facets and language, so these show that nothing kept is out of date.
 */
@LccpTest
class SearchPageFacetsTest {

	@LocalServerPort
	int port;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Test
	void facetCountsLabelsAndLinksFollowTheIndexAndTheReadersLanguage() {
		var items = new TestItems(this.editorial, this.accounts);
		var word = "facetword" + Long.toString(System.nanoTime(), 36);
		items.caseStudy("en", "District heating " + word, "<p>Heat from " + word + " boilers.</p>")
			.country("KR")
			.publish();
		var visitor = new WebSession(this.port);

		var english = visitor.get("/search?q=" + word).html();
		var korea = english.select("aside.facets a[href*=country=KR]");
		assertThat(korea).hasSize(1);
		assertThat(korea.select("span").first().text()).isEqualTo(Countries.name("KR", Locale.ENGLISH));
		assertThat(korea.select("span.count").text()).isEqualTo("1");
		assertThat(korea.attr("href")).isEqualTo("/search?q=" + word + "&country=KR&sort=relevance");
		assertThat(korea.hasAttr("aria-current")).isFalse();

		var russian = new WebSession(this.port).acceptLanguage("ru").get("/search?q=" + word).html();
		assertThat(russian.select("aside.facets a[href*=country=KR] span").first().text())
			.isEqualTo(Countries.name("KR", Locale.forLanguageTag("ru")));
		assertThat(russian.select("aside.facets > details > summary").text())
			.isNotEqualTo(english.select("aside.facets > details > summary").text());

		items.caseStudy("en", "Heat pumps " + word, "<p>Pumps instead of " + word + " boilers.</p>")
			.country("KR")
			.publish();
		items.caseStudy("en", "Solar heat " + word, "<p>Sun instead of " + word + " boilers.</p>")
			.country("MN")
			.publish();
		var after = visitor.get("/search?q=" + word).html();
		assertThat(after.select("aside.facets a[href*=country=KR] span.count").text()).isEqualTo("2");
		assertThat(after.select("aside.facets a[href*=country=MN] span.count").text()).isEqualTo("1");

		var chosen = visitor.get("/search?q=" + word + "&country=MN").html();
		// the chosen value's link leads back to the results without it
		var mongolia = chosen.select("aside.facets a[aria-current=true]");
		assertThat(mongolia).hasSize(1);
		assertThat(mongolia.select("span").first().text()).isEqualTo(Countries.name("MN", Locale.ENGLISH));
		assertThat(mongolia.hasClass("selected")).isTrue();
		assertThat(mongolia.attr("href")).isEqualTo("/search?q=" + word + "&sort=relevance");
		assertThat(chosen.select("article.hit")).hasSize(1);
	}

}
