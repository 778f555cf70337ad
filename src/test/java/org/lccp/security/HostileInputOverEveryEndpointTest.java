package org.lccp.security;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.DemoDataOn;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input over every endpoint the platform maps, as every role: the handler mapping
 * is walked (so a new module is covered the day it maps an endpoint), each endpoint's
 * parameters, form fields, JSON fields, uploads and path variables are read from its
 * handler method, and each gets every class of hostile value. No answer may be a 5xx or
 * show an exception; the API answers refusals as problem details; and a refused write
 * leaves every table as it was.
 * <p>
 * The test has its own application and database (a property no other test sets): it
 * changes demo records as a real attacker would, and other tests must not see that.
 */
@LccpTest
// Both initializers: a class's own @ContextConfiguration replaces the one @LccpTest
// carries.
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
@TestPropertySource(properties = "lccp.test.own-context=hostile-input-everywhere")
class HostileInputOverEveryEndpointTest {

	/** One class of hostile value, as text for forms, queries and JSON strings. */
	record Hostile(String name, String text) {
	}

	static final List<Hostile> VALUES = List.of(new Hostile("nul", "a\u0000b"),
			new Hostile("control characters", "\u0001\u0008\u001b[31m\u007f\u202e"),
			new Hostile("overlong", "\u6c34".repeat(10_000)), new Hostile("huge number", "1e308"),
			new Hostile("huge integer", "99999999999999999999999999999"), new Hostile("negative", "-2147483649"),
			new Hostile("not a number", "NaN"), new Hostile("far date", "+99999-12-31"),
			new Hostile("zero date", "0000-00-00"), new Hostile("far date-time", "99999-01-01T00:00"),
			new Hostile("unknown choice", "NO_SUCH_VALUE"), new Hostile("huge page", "2147483647"),
			new Hostile("empty", ""),
			new Hostile("markup and SQL", "<script>alert(1)</script>'\"; drop table account;--"),
			new Hostile("lone surrogate", "x\ud800y"), new Hostile("path", "../../../../etc/passwd"));

	/** Undecodable percent-encodings, sent as they are (not encoded again). */
	static final String BAD_ENCODING = "%C0%AF%FF%FE%E2%28%A1";

	/** Path variables that name nothing or cannot be read. */
	static final List<String> HOSTILE_PATH = List.of("%00", "not-an-id", "99999999999999999999999", "x".repeat(300));

	/**
	 * Written by the platform on its own, whatever the request (API rate buckets count
	 * refused requests too, by design, and are emptied in the background): not part of
	 * the check.
	 */
	static final Set<String> BACKGROUND_TABLES = Set.of("spring_session", "spring_session_attributes",
			"api_rate_bucket", "event_publication", "event_publication_archive", "scheduled_tasks");

	static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final Pattern LEAK = Pattern
		.compile("(?:\\bat (?:org|java|jdk|com)\\.[\\w.$]+\\(|[\\w.]+(?:Exception|Error): |SQLState|PSQLException|"
				+ "org\\.hibernate\\.|Whitelabel Error Page)");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void noHostileValueAsAnyRoleGetsA500OrLeavesAHalfStoredWrite() {
		var visitors = visitors();
		var secretariat = visitors.get("SECRETARIAT");
		var endpoints = endpoints();
		assertThat(endpoints).as("endpoints found in the handler mapping").hasSizeGreaterThan(150);
		var paths = new PathFinder(secretariat);
		var countQuery = countQuery();
		var problems = new ArrayList<String>();
		var requests = 0;
		var covered = new TreeMap<String, Set<String>>();
		var statuses = new TreeMap<String, Integer>();

		for (var endpoint : endpoints) {
			var realPath = paths.concrete(endpoint.pattern());
			for (var visitor : visitors.values()) {
				var rounds = new ArrayList<Round>();
				VALUES.forEach((v) -> rounds.add(new Round(realPath, v.text(), false, v.name())));
				rounds.add(new Round(realPath, BAD_ENCODING, true, "bad encoding"));
				if (endpoint.pattern().contains("{")) {
					for (var hostile : HOSTILE_PATH) {
						rounds.add(new Round(endpoint.pattern().replaceAll("\\{[^}]+}", hostile), "x", false,
								"hostile path " + hostile.substring(0, Math.min(hostile.length(), 12))));
					}
				}
				for (var round : rounds) {
					var before = endpoint.writes() ? counts(countQuery) : null;
					var answer = send(visitor, endpoint, round);
					requests++;
					var what = endpoint + " as " + visitor.name() + " with " + round.name() + " → " + answer.status;
					statuses.merge((endpoint.writes() ? "write " : "read ") + answer.status, 1, Integer::sum);
					check(endpoint, answer, what, problems);
					if (before != null && refused(answer)) {
						var after = counts(countQuery);
						if (!before.equals(after)) {
							problems.add(what + ": refused but changed " + changed(before, after));
						}
					}
					covered.computeIfAbsent(endpoint.toString(), (k) -> new LinkedHashSet<>()).add(visitor.name());
					if (answer.status == 401 || answer.status == 403 || redirectsToLogin(answer)) {
						// Refused before any input is read: the other values would meet
						// the
						// same door.
						break;
					}
				}
			}
		}
		System.out.println("Hostile input: " + requests + " requests, answers " + statuses);
		assertThat(requests).as("requests sent").isGreaterThan(endpoints.size() * visitors.size());
		assertThat(covered).as("every endpoint was called as every visitor")
			.allSatisfy((endpoint, who) -> assertThat(who).hasSize(visitors.size()));
		assertThat(problems).as("%d requests sent; answers that went wrong", requests).isEmpty();
	}

	@Test
	void aRequestLongerThanTheServerReadsIsABare400WithoutServerDetails() {
		var answer = exchange(HttpRequest.newBuilder()
			.uri(URI.create("http://localhost:" + this.port + "/api/v1/cities?q=" + "x".repeat(40_000)))
			.GET()
			.build());
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
		var encodedNul = exchange(HttpRequest.newBuilder()
			.uri(URI.create("http://localhost:" + this.port + "/api/v1/cities/%00"))
			.GET()
			.build());
		assertThat(encodedNul.status()).isEqualTo(400);
		assertThat(encodedNul.contentType()).startsWith("application/problem+json");
	}

	// --- the endpoints and what they read

	/**
	 * An endpoint with the names of what it reads.
	 *
	 * @param json the JSON fields of a request body (empty list: a body of another kind)
	 */
	record Endpoint(String method, String pattern, Set<String> parameters, Set<String> numbers, Set<String> files,
			List<JsonField> json, boolean hasBody) {

		boolean writes() {
			return !this.method.equals("GET");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	record JsonField(String name, boolean number) {
	}

	List<Endpoint> endpoints() {
		var found = new ArrayList<Endpoint>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			var methods = methods(info);
			for (var pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.contains("*")) {
					continue;
				}
				for (var method : methods) {
					found.add(read(method, pattern, handler));
				}
			}
		});
		found.sort(java.util.Comparator.comparing(Endpoint::toString));
		return found;
	}

	private static List<String> methods(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		if (methods.isEmpty()) {
			return List.of("GET", "POST");
		}
		return methods.stream().map(Enum::name).sorted().toList();
	}

	private static Endpoint read(String method, String pattern, HandlerMethod handler) {
		var parameters = new LinkedHashSet<String>();
		var numbers = new LinkedHashSet<String>();
		var files = new LinkedHashSet<String>();
		var json = new ArrayList<JsonField>();
		var hasBody = false;
		for (var parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			var type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestHeader.class)) {
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				hasBody = true;
				if (type.isRecord()) {
					for (RecordComponent component : type.getRecordComponents()) {
						json.add(new JsonField(component.getName(), isNumber(component.getType())));
					}
				}
				continue;
			}
			var name = name(parameter);
			if (isFile(parameter)) {
				files.add(name == null ? "file" : name);
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestParam.class)
					|| parameter.hasParameterAnnotation(RequestPart.class) || BeanUtils.isSimpleProperty(type)) {
				if (name != null && !Map.class.isAssignableFrom(type)) {
					parameters.add(name);
					if (isNumber(type)) {
						numbers.add(name);
					}
				}
				continue;
			}
			if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
				parameters.addAll(fields(type));
			}
		}
		return new Endpoint(method, pattern, parameters, numbers, files, json, hasBody);
	}

	private static boolean isNumber(Class<?> type) {
		return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
	}

	private static boolean isFile(MethodParameter parameter) {
		var type = parameter.getParameterType();
		if (MultipartFile.class.isAssignableFrom(type)) {
			return true;
		}
		return Collection.class.isAssignableFrom(type)
				&& parameter.getGenericParameterType().getTypeName().contains("MultipartFile");
	}

	private static String name(MethodParameter parameter) {
		var param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		var part = parameter.getParameterAnnotation(RequestPart.class);
		if (part != null && !part.name().isEmpty()) {
			return part.name();
		}
		return parameter.getParameterName();
	}

	/**
	 * Types Spring binds from request parameters: the platform's form records and beans.
	 */
	private static boolean isForm(Class<?> type) {
		return type.getName().startsWith("org.lccp.") && !type.isEnum() && !type.isInterface();
	}

	private static Set<String> fields(Class<?> type) {
		var names = new LinkedHashSet<String>();
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

	// --- who calls

	/**
	 * A visitor: its own HTTP client shares the cookies (the session) of its web session.
	 */
	record Visitor(String name, WebSession web, String csrf, String token, HttpClient http) {

		Visitor(String name, WebSession web, String csrf, String token) {
			this(name, web, csrf, token,
					HttpClient.newBuilder()
						.cookieHandler(web.cookies())
						.followRedirects(HttpClient.Redirect.NEVER)
						.connectTimeout(Duration.ofSeconds(10))
						.build());
		}

	}

	Map<String, Visitor> visitors() {
		var accounts = new TestAccounts(this.accountManagement);
		var visitors = new LinkedHashMap<String, Visitor>();
		var anonymous = new WebSession(this.port);
		visitors.put("anonymous", new Visitor("anonymous", anonymous, anonymous.csrfToken(), null));
		for (var role : Role.values()) {
			var account = accounts.create("Hostile " + role.name(), role, Role.MEMBER);
			var web = new WebSession(this.port).login(account.email(), account.password());
			visitors.put(role.name(), new Visitor(role.name(), web, web.csrfToken(), writeToken(web)));
		}
		return visitors;
	}

	private static String writeToken(WebSession web) {
		var made = web.post("/account/api-tokens", "name", "hostile", "scope", "WRITE");
		if (made.status() != 302) {
			return null;
		}
		var secret = web.follow(made).html().selectFirst("#token-secret");
		return secret == null ? null : secret.text();
	}

	// --- concrete paths

	/**
	 * Fills path variables with ids of real records, found in the pages and API answers
	 * that list them, so that requests reach the code behind the lookup.
	 */
	final class PathFinder {

		private final Visitor visitor;

		private final Map<String, String> bodies = new java.util.HashMap<>();

		PathFinder(Visitor visitor) {
			this.visitor = visitor;
		}

		String concrete(String pattern) {
			var resolved = new StringBuilder();
			var matcher = Pattern.compile("\\{([^}]+)}").matcher(pattern);
			var last = 0;
			while (matcher.find()) {
				var prefix = resolved + pattern.substring(last, matcher.start());
				resolved.append(pattern, last, matcher.start()).append(value(prefix, matcher.group(1)));
				last = matcher.end();
			}
			resolved.append(pattern.substring(last));
			return resolved.toString();
		}

		private String value(String prefix, String variable) {
			if (variable.equals("language")) {
				return "ko";
			}
			var parent = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
			var grand = parent.contains("/") ? parent.substring(0, parent.lastIndexOf('/')) : "";
			for (var page : List.of(parent, grand, parent.replaceFirst("^/admin", ""))) {
				if (page.isEmpty()) {
					continue;
				}
				var body = body(page);
				var link = Pattern.compile(Pattern.quote(parent + "/") + "(" + UUID_TEXT.pattern() + "|[A-Z]{2})\\b")
					.matcher(body);
				if (link.find()) {
					return link.group(1);
				}
			}
			if (variable.equalsIgnoreCase("code")) {
				return "KR";
			}
			var any = UUID_TEXT.matcher(body(parent));
			return any.find() ? any.group() : UUID.randomUUID().toString();
		}

		private String body(String path) {
			return this.bodies.computeIfAbsent(path, (p) -> {
				var answer = this.visitor.web().get(p);
				return answer.status() == 200 ? answer.body() : "";
			});
		}

	}

	// --- sending

	record Round(String path, String value, boolean raw, String name) {
	}

	record Answer(int status, String contentType, String location, String body) {
	}

	private Answer send(Visitor visitor, Endpoint endpoint, Round round) {
		var uri = "http://localhost:" + this.port + round.path();
		var builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
		var api = round.path().startsWith("/api/");
		if (api && visitor.token() != null) {
			builder.header("Authorization", "Bearer " + visitor.token());
		}
		if (!endpoint.writes()) {
			// Within the 32 KB the server reads (a longer address is refused by the web
			// server itself: see aRequestLongerThanTheServerReadsIsABare400).
			var perValue = 12_000 / Math.max(1, endpoint.parameters().size()) / 9;
			var value = round.value().length() > perValue ? round.value().substring(0, perValue) : round.value();
			var query = query(endpoint.parameters(), new Round(round.path(), value, round.raw(), round.name()));
			return exchange(visitor.http(), builder.uri(uri(uri, query)).GET().build());
		}
		if (endpoint.hasBody()) {
			builder.header("Content-Type", "application/json").header("Accept", "application/json");
			if (!api) {
				builder.header("X-CSRF-TOKEN", visitor.csrf());
			}
			var numbers = round.value().matches("[-+0-9.eE]+|NaN") ? round
					: new Round(round.path(), "0", false, round.name());
			return exchange(visitor.http(),
					builder.uri(uri(uri, query(endpoint.numbers(), numbers)))
						.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(json(endpoint, round)))
						.build());
		}
		var fields = new ArrayList<String>();
		for (var parameter : endpoint.parameters()) {
			fields.add(parameter);
			// A number parameter beside a form (a version, a count) gets a plain number
			// unless numbers are what this round tries: else every form would stop at the
			// number and its fields would never be read.
			var plain = endpoint.numbers().contains(parameter) && !round.value().matches("[-+0-9.eE]+|NaN");
			fields.add(plain ? "0" : round.value());
		}
		fields.add("_csrf");
		fields.add(visitor.csrf());
		if (!endpoint.files().isEmpty()) {
			var boundary = "----lccp-hostile-" + UUID.randomUUID();
			var body = new java.io.ByteArrayOutputStream();
			for (int i = 0; i + 1 < fields.size(); i += 2) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i)
						+ "\"\r\n\r\n" + fields.get(i + 1) + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (var file : endpoint.files()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file
						+ "\"; filename=\"" + fileName(round) + "\"\r\nContent-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(("<html><script>alert(1)</script>" + round.value()).getBytes(StandardCharsets.UTF_8));
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return exchange(visitor.http(),
					builder.uri(uri(uri, ""))
						.header("Content-Type", "multipart/form-data; boundary=" + boundary)
						.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
						.build());
		}
		var form = new StringBuilder();
		for (int i = 0; i + 1 < fields.size(); i += 2) {
			if (!form.isEmpty()) {
				form.append('&');
			}
			var raw = round.raw() && !fields.get(i).equals("_csrf");
			form.append(encode(fields.get(i))).append('=').append(raw ? fields.get(i + 1) : encode(fields.get(i + 1)));
		}
		return exchange(visitor.http(),
				builder.uri(uri(uri, ""))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(form.toString()))
					.build());
	}

	private static String fileName(Round round) {
		var name = round.value().length() > 200 ? round.value().substring(0, 200) : round.value();
		return name.replace("\"", "%22").replace("\r", "").replace("\n", "") + ".pdf";
	}

	private static String query(Set<String> parameters, Round round) {
		var query = new StringBuilder();
		for (var parameter : parameters) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(encode(parameter)).append('=').append(round.raw() ? round.value() : encode(round.value()));
		}
		return query.toString();
	}

	private static URI uri(String base, String query) {
		// Path variables may hold a raw %00: the address is taken as written.
		return URI.create(base + (query.isEmpty() ? "" : "?" + query));
	}

	private static String json(Endpoint endpoint, Round round) {
		if (endpoint.json().isEmpty()) {
			return "\"" + jsonText(round.value()) + "\"";
		}
		var json = new StringBuilder("{");
		for (var field : endpoint.json()) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(field.name()).append("\":");
			if (field.number() && round.value().matches("-?[0-9.eE+]+")) {
				json.append(round.value());
			}
			else {
				json.append('"').append(jsonText(round.value())).append('"');
			}
		}
		return json.append('}').toString();
	}

	private static String jsonText(String text) {
		var out = new StringBuilder();
		for (var c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private Answer exchange(HttpRequest request) {
		return exchange(this.http, request);
	}

	private static Answer exchange(HttpClient client, HttpRequest request) {
		try {
			var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (java.io.IOException ex) {
			// A connection the server closed on a request it would not read is a refusal,
			// not an error page.
			return new Answer(499, "", "", String.valueOf(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// --- judging

	private static void check(Endpoint endpoint, Answer answer, String what, List<String> problems) {
		if (answer.status() >= 500) {
			problems.add(what + ": " + snippet(answer.body()));
			return;
		}
		var leak = LEAK.matcher(answer.body());
		if (leak.find()) {
			problems.add(what + ": shows \"" + leak.group() + "\"");
		}
		if (endpoint.pattern().startsWith("/api/") && answer.status() >= 400 && answer.status() != 499
				&& !answer.contentType().startsWith("application/problem+json")) {
			problems.add(what + ": an API refusal as " + answer.contentType() + " instead of a problem detail");
		}
	}

	private static boolean refused(Answer answer) {
		if (answer.status() >= 400) {
			return true;
		}
		return answer.status() == 200 && (answer.body().contains("field-error")
				|| answer.body().contains("error-summary") || answer.body().contains("class=\"alert error"));
	}

	private static boolean redirectsToLogin(Answer answer) {
		return answer.status() == 302 && answer.location().contains("/login");
	}

	private static String snippet(String body) {
		var text = body.replaceAll("\\s+", " ");
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	// --- tables

	private String countQuery() {
		var tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' "
						+ "and table_type = 'BASE TABLE' and table_name not like 'flyway_schema_history%' order by 1",
				String.class);
		var parts = new ArrayList<String>();
		for (var table : tables) {
			if (!BACKGROUND_TABLES.contains(table)) {
				parts.add("select '" + table + "' as t, count(*) as n from \"" + table + "\"");
			}
		}
		return String.join(" union all ", parts);
	}

	private Map<String, Long> counts(String query) {
		var counts = new TreeMap<String, Long>();
		this.jdbc.query(query, (row) -> {
			counts.put(row.getString("t"), row.getLong("n"));
		});
		return counts;
	}

	private static String changed(Map<String, Long> before, Map<String, Long> after) {
		var changes = new ArrayList<String>();
		after.forEach((table, n) -> {
			var was = before.getOrDefault(table, 0L);
			if (!was.equals(n)) {
				changes.add(table + " " + was + "→" + n);
			}
		});
		return String.join(", ", changes);
	}

}
