package org.lccp.shared.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switcher's links are the page's own address with the language last; the
 * rest of the layout's parts, rendered once per language, are checked on every page by
 * {@code LanguageTest} and {@code MenuForEachReaderTest}.
 */
class LayoutPartsTest {

	@Test
	void theSwitcherKeepsThePathAndQueryAndReplacesTheLanguage() {
		var request = new MockHttpServletRequest("GET", "/search");
		request.setQueryString("q=a%20b&lang=ko&&sort=date&lang=ru&flag");

		assertThat(LayoutParts.here(request)).isEqualTo("/search?q=a%20b&sort=date&flag&lang=");
	}

	@Test
	void aPageWithoutQueryGetsOnlyTheLanguage() {
		assertThat(LayoutParts.here(new MockHttpServletRequest("GET", "/members"))).isEqualTo("/members?lang=");
	}

	@Test
	void theApplicationPathIsKeptAndItsRootEndsInASlash() {
		var root = new MockHttpServletRequest("GET", "/lccp");
		root.setContextPath("/lccp");
		var page = new MockHttpServletRequest("GET", "/lccp/cities");
		page.setContextPath("/lccp");

		assertThat(LayoutParts.here(root)).isEqualTo("/lccp/?lang=");
		assertThat(LayoutParts.here(page)).isEqualTo("/lccp/cities?lang=");
	}

	@Test
	void anErrorPageLinksToTheAddressAskedForWithoutItsQuery() {
		var request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/no/such/page");
		request.setQueryString("q=x");

		assertThat(LayoutParts.here(request)).isEqualTo("/no/such/page?lang=");
	}

	@Test
	void parameterNamesOnlyBeginningWithLangAreKept() {
		var request = new MockHttpServletRequest("GET", "/about");
		request.setQueryString("language=mn&langx=1&=lang&lang");

		assertThat(LayoutParts.here(request)).isEqualTo("/about?language=mn&langx=1&lang=");
	}

}
