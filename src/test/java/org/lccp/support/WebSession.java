package org.lccp.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor talking real HTTP to the running platform: keeps cookies like a browser, does
 * not follow redirects (tests look at them), and sends the CSRF token of the session with
 * every form unless told not to.
 */
public final class WebSession {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String acceptLanguage;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public WebSession acceptLanguage(String header) {
		this.acceptLanguage = header;
		return this;
	}

	public CookieManager cookies() {
		return this.cookies;
	}

	public Response get(String path, String... headers) {
		var request = request(path, headers).GET();
		return send(request.build());
	}

	/** Posts a form with the session's CSRF token. */
	public Response post(String path, String... fields) {
		var form = new ArrayList<>(List.of(fields));
		form.add("_csrf");
		form.add(csrfToken());
		return postRaw(path, form.toArray(String[]::new));
	}

	/**
	 * Sends a form with another method (PUT, DELETE, PATCH) and the session's CSRF token.
	 */
	public Response send(String method, String path, String... fields) {
		var form = new ArrayList<>(List.of(fields));
		form.add("_csrf");
		form.add(csrfToken());
		var request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.method(method, HttpRequest.BodyPublishers.ofString(encode(form.toArray(String[]::new))));
		return send(request.build());
	}

	/** Posts a form exactly as given, without adding a CSRF token. */
	public Response postRaw(String path, String... fields) {
		return postBody(path, encode(fields));
	}

	public Response postBody(String path, String body) {
		var request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(request.build());
	}

	/**
	 * Posts a multipart form (an upload) with the session's CSRF token as a form field,
	 * as a browser sends it.
	 * @param fields names and values, alternating
	 */
	public Response postMultipart(String path, List<Upload> files, String... fields) {
		var all = new ArrayList<>(List.of(fields));
		all.add("_csrf");
		all.add(csrfToken());
		return postMultipartRaw(path, files, all.toArray(String[]::new));
	}

	/** Posts a multipart form exactly as given, without a CSRF token. */
	public Response postMultipartRaw(String path, List<Upload> files, String... fields) {
		var boundary = "----lccp-test-" + java.util.UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n");
		}
		for (var file : files) {
			write(body,
					"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
							+ file.filename().replace("\"", "%22") + "\"\r\nContent-Type: " + file.contentType()
							+ "\r\n\r\n");
			body.writeBytes(file.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		var request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return send(request.build());
	}

	/** Gets a download as bytes. */
	public Download download(String path, String... headers) {
		try {
			var response = this.client.send(request(path, headers).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(java.io.ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Posts a multipart form with one file and the session's CSRF token, as a browser
	 * uploads a file.
	 */
	public Response postFile(String path, String fileField, String filename, byte[] content, String... fields) {
		return postMultipart(path, List.of(new Upload(fileField, filename, "application/octet-stream", content)),
				fields);
	}

	/** Logs in through the login form and fails the test when the platform refuses. */
	public WebSession login(String email, String password) {
		var response = tryLogin(email, password);
		if (response.status() != 302 || response.location().contains("/login")) {
			throw new AssertionError("Login of " + email + " failed: " + response.status() + " " + response.location());
		}
		return this;
	}

	public Response tryLogin(String email, String password) {
		return post("/login", "username", email, "password", password);
	}

	public String csrfToken() {
		var page = get("/login");
		var field = page.html().selectFirst("form input[name=_csrf]");
		if (field == null) {
			throw new AssertionError("No CSRF token on the login page");
		}
		return field.attr("value");
	}

	/** Follows a redirect answer within the platform. */
	public Response follow(Response response) {
		var location = response.location();
		if (location.startsWith(this.base)) {
			location = location.substring(this.base.length());
		}
		return get(location);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (this.acceptLanguage != null) {
			builder.header("Accept-Language", this.acceptLanguage);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			var response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String... fields) {
		var pairs = new LinkedHashMap<String, List<String>>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.computeIfAbsent(fields[i], (k) -> new ArrayList<>()).add(fields[i + 1]);
		}
		var body = new StringBuilder();
		for (Map.Entry<String, List<String>> entry : pairs.entrySet()) {
			for (var value : entry.getValue()) {
				if (!body.isEmpty()) {
					body.append('&');
				}
				body.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return body.toString();
	}

	/** A file in a multipart form. */
	public record Upload(String field, String filename, String contentType, byte[] content) {

	}

	/** A downloaded file. */
	public record Download(int status, HttpHeaders headers, byte[] body) {

		public Optional<String> header(String name) {
			return this.headers.firstValue(name);
		}

	}

	/** An answer of the platform. */
	public record Response(int status, HttpHeaders headers, String body) {

		public Document html() {
			return Jsoup.parse(this.body);
		}

		public String location() {
			return this.headers.firstValue("Location").orElse("");
		}

		public Optional<String> header(String name) {
			return this.headers.firstValue(name);
		}

		/** The text of the page's main region, for assertions on what a reader sees. */
		public String mainText() {
			var main = html().selectFirst("main");
			return main == null ? "" : main.text();
		}

	}

}
