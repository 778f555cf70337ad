package org.lccp.opendata;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI gets the inline styles it needs on its own paths; every other page keeps the
 * strict policy, and the browser's /favicon.ico is there.
 */
@LccpTest
class SwaggerUiPolicyTest {

	@LocalServerPort
	int port;

	@Test
	void swaggerUiMayUseInlineStylesButNoOtherPageMay() {
		var web = new WebSession(this.port);
		var swagger = web.get("/swagger-ui/index.html");
		assertThat(swagger.status()).isEqualTo(200);
		var relaxed = swagger.header("Content-Security-Policy").orElseThrow();
		assertThat(relaxed).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
		var strict = web.get("/targets").header("Content-Security-Policy").orElseThrow();
		assertThat(strict).contains("style-src 'self';").doesNotContain("unsafe-inline");
	}

	@Test
	void theFaviconIsServed() {
		var icon = new WebSession(this.port).download("/favicon.ico");
		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.header("Content-Type").orElse("")).startsWith("image/");
		assertThat(icon.body()).hasSizeGreaterThan(22);
	}

}
