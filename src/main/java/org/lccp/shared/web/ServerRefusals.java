package org.lccp.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests the web server refuses before the platform sees them (an encoded NUL in the
 * path, a header or address longer than the server reads): under {@code /api/} they are
 * answered as problem details like every other API refusal, elsewhere with a short page
 * that names no server software.
 */
@Configuration(proxyBeanMethods = false)
class ServerRefusals {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverRefusalReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				// The host adds a valve of this class only when none is there yet.
				host.setErrorReportValveClass(Report.class.getName());
				host.getPipeline().addValve(new Report());
			}
		});
	}

	/** Tomcat's error report, with problem details for the API. */
	public static class Report extends ErrorReportValve {

		public Report() {
			setShowServerInfo(false);
			setShowReport(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			var status = response.getStatus();
			var uri = request.getDecodedRequestURI();
			if (uri == null) {
				uri = request.getRequestURI();
			}
			if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
				super.report(request, response, throwable);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				var body = "{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Bad Request" : "Refused")
						+ "\",\"status\":" + status
						+ ",\"detail\":\"The web server could not read this request: its address or headers are "
						+ "malformed or too long.\"}";
				var out = response.getOutputStream();
				out.write(body.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone or the answer was started: nothing more to say.
			}
		}

	}

}
