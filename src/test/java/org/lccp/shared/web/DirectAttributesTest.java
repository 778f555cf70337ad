package org.lccp.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

@LccpTest
class DirectAttributesTest {

	@Autowired
	ThymeleafViewResolver pages;

	@LocalServerPort
	int port;

	/** Answers one attribute itself, as Tomcat's wrapper for forwards and errors does. */
	static final class Answering extends HttpServletRequestWrapper {

		Answering(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return "jakarta.servlet.error.status_code".equals(name) ? 404 : super.getAttribute(name);
		}

	}

	/** Hands out another request than the one it passes attribute calls to. */
	static final class Swapping extends HttpServletRequestWrapper {

		private final HttpServletRequest other;

		Swapping(HttpServletRequest request, HttpServletRequest other) {
			super(request);
			this.other = other;
		}

		@Override
		public ServletRequest getRequest() {
			return this.other;
		}

	}

	@Test
	void attributesReadAndWrittenThroughTheRequestAreThoseOfTheWrappedChain() {
		var kept = new MockHttpServletRequest();
		kept.setAttribute("results", "kept");
		HttpServletRequest chain = new HttpServletRequestWrapper(
				new Answering(new HttpServletRequestWrapper(new HttpServletRequestWrapper(kept))));
		chain = new HttpServletRequestWrapper(chain);
		var request = new DirectAttributes.Request(chain);

		assertThat(request.getAttribute("results")).isEqualTo("kept");
		assertThat(request.getAttribute("jakarta.servlet.error.status_code")).isEqualTo(404);
		assertThat(kept.getAttribute("jakarta.servlet.error.status_code")).isNull();
		assertThat(request.getAttribute("absent")).isNull();

		request.setAttribute("h", "hit");
		assertThat(chain.getAttribute("h")).isEqualTo("hit");
		assertThat(kept.getAttribute("h")).isEqualTo("hit");
		assertThat(Collections.list(request.getAttributeNames())).containsExactlyInAnyOrder("results", "h");
		request.removeAttribute("h");
		assertThat(chain.getAttribute("h")).isNull();
	}

	@Test
	void aWrapperThatHandsOutAnotherRequestIsNotPassedOver() {
		var kept = new MockHttpServletRequest();
		kept.setAttribute("results", "kept");
		var other = new MockHttpServletRequest();
		other.setAttribute("results", "other");
		var request = new DirectAttributes.Request(new HttpServletRequestWrapper(new Swapping(kept, other)));

		// ServletRequestWrapper passes attribute calls to the request it was given, not
		// to
		// what getRequest() answers; the wrapper's own methods decide.
		assertThat(request.getAttribute("results")).isEqualTo("kept");
	}

	@Test
	void pagesAreRenderedByTheViewWithDirectAttributes() throws Exception {
		assertThat(this.pages.resolveViewName("knowledge/search", Locale.ENGLISH))
			.isInstanceOf(DirectAttributes.View.class);
	}

	@Test
	void aPageIsSentInOnePieceWithItsLength() {
		var page = new WebSession(this.port).get("/search?q=energy");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Transfer-Encoding")).isEmpty();
		assertThat(page.header("Content-Length"))
			.contains(Integer.toString(page.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(page.body()).endsWith("</html>\n");
	}

	@Test
	void flushingThePageLeavesItUnsentUntilTheEndAndALongerPageIsSentWhole() throws Exception {
		var response = new MockHttpServletResponse();
		var page = new DirectAttributes.WholePage(response);
		assertThat(response.getBufferSize()).isEqualTo(DirectAttributes.WholePage.WHOLE);

		var writer = page.getWriter();
		writer.write("<p>short</p>");
		writer.flush();
		assertThat(response.isCommitted()).isFalse();

		var longer = "<p>" + "x".repeat(3 * DirectAttributes.WholePage.WHOLE) + "</p>";
		writer.write(longer);
		writer.close();
		assertThat(response.getContentAsString()).isEqualTo("<p>short</p>" + longer);
	}

}
