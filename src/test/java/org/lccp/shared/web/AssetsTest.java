package org.lccp.shared.web;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet and script a page links to is served, from this build, with a
 * content-hashed address that may be cached for long.
 */
@LccpTest
class AssetsTest {

	@LocalServerPort
	int port;

	@Test
	void everyStylesheetAndScriptOfThePageIsServedFromThisBuild() {
		var web = new WebSession(this.port);
		var page = web.get("/").html();
		var stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
		var scripts = page.select("script[src]").eachAttr("src");
		assertThat(stylesheets).anyMatch((href) -> href.matches("/assets/css/lccp-[0-9a-f]{32}\\.css"));
		assertThat(scripts).anyMatch((src) -> src.matches("/assets/js/lccp-[0-9a-f]{32}\\.js"));
		for (var href : stylesheets) {
			var css = web.get(href);
			assertThat(css.status()).as(href).isEqualTo(200);
			assertThat(css.header("Content-Type").orElse("")).as(href).startsWith("text/css");
			assertThat(css.header("Cache-Control").orElse("")).as(href).contains("max-age");
		}
		for (var src : scripts) {
			var script = web.get(src);
			assertThat(script.status()).as(src).isEqualTo(200);
			assertThat(script.header("Content-Type").orElse("")).as(src).contains("javascript");
		}
		var own = stylesheets.stream().filter((href) -> href.startsWith("/assets/css/lccp-")).findFirst().orElseThrow();
		assertThat(web.get(own).body()).contains(".site-header").contains(".skip-link");
	}

	@Test
	void addressesOfPagesAreNeverTakenForFiles() {
		var web = new WebSession(this.port);
		assertThat(web.get("/css/lccp.css").status()).isEqualTo(404);
		assertThat(web.get("/assets/no-such-file.css").status()).isEqualTo(404);
	}

	@Autowired
	ObjectProvider<ResourceUrlProvider> resources;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void assetLinksGetTheirVersionAndKeepTheApplicationPathQueryAndFragment() {
		var servletContext = new MockServletContext();
		var request = new MockHttpServletRequest(servletContext, "GET", "/lccp/search");
		request.setContextPath("/lccp");
		var exchange = JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse());
		var context = new WebExpressionContext(this.templates.getConfiguration(), exchange);
		var links = new AssetLinks.Builder(this.resources);
		new WebSession(this.port).get("/");

		assertThat(links.processLink(context, "/lccp/assets/css/lccp.css?print=1#top"))
			.matches("/lccp/assets/css/lccp-[0-9a-f]{32}\\.css\\?print=1#top");
		assertThat(links.processLink(context, "/lccp/search?q=assets/css")).isEqualTo("/lccp/search?q=assets/css");
		assertThat(links.processLink(context, "/lccp/assets/no-such-file.css"))
			.isEqualTo("/lccp/assets/no-such-file.css");
	}

}
