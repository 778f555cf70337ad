package org.lccp.security;

import java.net.URI;
import java.util.ArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint × role matrix. Every endpoint the platform maps must be listed in
 * {@link #EXPECTED} with who may use it, and every listed endpoint must exist; then each
 * endpoint is called over real HTTP by an anonymous visitor and by accounts holding
 * exactly one role each.
 */
@LccpTest
class AccessRulesTest {

	/** Who may use an endpoint. */
	interface Access {

		boolean allows(Role roleOrNullForAnonymous);

	}

	/** Open to everyone, or to every signed-in account whatever its roles. */
	enum Open implements Access {

		PUBLIC, AUTHENTICATED;

		@Override
		public boolean allows(Role role) {
			return this == PUBLIC || role != null;
		}

	}

	/** Only for accounts holding one of the roles. */
	record AnyOf(java.util.Set<Role> roles) implements Access {

		@Override
		public boolean allows(Role role) {
			return role != null && this.roles.contains(role);
		}

		@Override
		public String toString() {
			return this.roles.toString();
		}

	}

	/** Only with an API token; refused to every browser session. */
	static final Access TOKEN_ONLY = new Access() {

		@Override
		public boolean allows(Role role) {
			return false;
		}

		@Override
		public String toString() {
			return "SCOPE_WRITE";
		}

	};

	static final Access PUBLIC = Open.PUBLIC;

	static final Access AUTHENTICATED = Open.AUTHENTICATED;

	/**
	 * The expected access of every mapped endpoint, one file per module in
	 * {@code src/test/resources/access/<module>.rules}, lines
	 * {@code METHOD /pattern ACCESS} where ACCESS is PUBLIC, AUTHENTICATED or a role. A
	 * new endpoint fails
	 * {@link #everyMappedEndpointIsListedInTheTableAndEveryListedOneExists()} until it is
	 * listed there.
	 */
	static final Map<String, Access> EXPECTED = loadRules(Path.of("src/test/resources/access"));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	AccountManagement accountManagement;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
	}

	@Test
	void everyMappedEndpointIsListedInTheTableAndEveryListedOneExists() {
		var mapped = mappedEndpoints();
		assertThat(mapped).as("mapped endpoints").isNotEmpty();

		var withoutRule = new TreeSet<>(mapped);
		withoutRule.removeAll(EXPECTED.keySet());
		assertThat(withoutRule).as("mapped endpoints missing from the expected-access table of AccessRulesTest")
			.isEmpty();

		var gone = new TreeSet<>(EXPECTED.keySet());
		gone.removeAll(mapped);
		assertThat(gone).as("endpoints in the expected-access table that are no longer mapped").isEmpty();
	}

	@TestFactory
	Stream<DynamicNode> everyEndpointAnswersEachVisitorAsTheTableSays() {
		var visitors = new LinkedHashMap<String, Visitor>();
		visitors.put("anonymous", new Visitor(null, new WebSession(this.port)));
		for (var role : Role.values()) {
			var account = this.accounts.create("Matrix " + role.name(), role);
			visitors.put(role.name(),
					new Visitor(role, new WebSession(this.port).login(account.email(), account.password())));
		}
		return mappedEndpoints().stream().map((endpoint) -> {
			var access = EXPECTED.get(endpoint);
			var cells = new ArrayList<DynamicNode>();
			visitors.forEach((name, visitor) -> {
				var allowed = access != null && access.allows(visitor.role());
				var label = name
						+ (access == null ? " (no expected access listed)" : allowed ? " is let in" : " is refused");
				cells.add(DynamicTest.dynamicTest(label, () -> {
					assertThat(access).as("expected access of %s in the table", endpoint).isNotNull();
					var response = call(visitor.web(), endpoint);
					var what = endpoint + " as " + name + " answered " + response.status() + " " + response.location();
					if (allowed) {
						assertThat(response.status()).as(what).isNotIn(401, 403).isLessThan(500);
						assertThat(redirectsToLogin(response)).as(what).isFalse();
					}
					else if (visitor.role() == null) {
						if (pathOf(endpoint).startsWith("/api/")) {
							assertThat(response.status()).as(what).isEqualTo(401);
						}
						else {
							assertThat(response.status()).as(what).isEqualTo(302);
							assertThat(redirectsToLogin(response)).as(what).isTrue();
						}
					}
					else {
						assertThat(response.status()).as(what).isEqualTo(403);
					}
				}));
			});
			return DynamicContainer.dynamicContainer(endpoint + " (" + (access == null ? "?" : access) + ")", cells);
		});
	}

	@Test
	void signedInPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
		var owner = this.accounts.create("Csrf Owner", Role.MEMBER);
		var web = new WebSession(this.port).login(owner.email(), owner.password());
		var before = this.accountManagement.find(owner.id());

		var refused = web.postRaw("/profile", "displayName", "Forged Name", "language", "JA", "affiliation",
				"Forged Institute");

		assertThat(refused.status()).isEqualTo(403);
		var after = this.accountManagement.find(owner.id());
		assertThat(after.displayName()).isEqualTo(before.displayName());
		assertThat(after.language()).isEqualTo(before.language());
		assertThat(after.affiliation()).isEqualTo(before.affiliation());

		// The same form with the token is accepted, so the refusal above was the token's.
		var accepted = web.post("/profile", "displayName", "Real Name", "language", "EN", "affiliation", "");
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(this.accountManagement.find(owner.id()).displayName()).isEqualTo("Real Name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthProbesAnswerUpToAnonymousVisitors(String path) {
		var response = new WebSession(this.port).get(path);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type").orElse("")).contains("json");
		String status = JsonPath.read(response.body(), "$.status");
		assertThat(status).isEqualTo("UP");
	}

	/** Every mapped "METHOD pattern" except the container's error path. */
	Set<String> mappedEndpoints() {
		var endpoints = new TreeSet<String>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((info) -> {
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				for (var method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		});
		return endpoints;
	}

	private static WebSession.Response call(WebSession web, String endpoint) {
		var method = endpoint.substring(0, endpoint.indexOf(' '));
		var path = concretePath(pathOf(endpoint));
		return switch (method) {
			case "GET", "ANY" -> web.get(path);
			case "POST" -> web.post(path);
			case "PUT", "DELETE", "PATCH" -> web.send(method, path);
			default -> throw new AssertionError("The matrix cannot send " + method + " yet: " + endpoint);
		};
	}

	private static String pathOf(String endpoint) {
		return endpoint.substring(endpoint.indexOf(' ') + 1);
	}

	/** Path variables become random ids, which name no record. */
	static String concretePath(String pattern) {
		var path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		assertThat(path).as("pattern %s has wildcards the matrix cannot fill", pattern).doesNotContain("*", "{");
		return path;
	}

	private static boolean redirectsToLogin(WebSession.Response response) {
		if (response.status() < 300 || response.status() >= 400 || response.location().isEmpty()) {
			return false;
		}
		return "/login".equals(URI.create(response.location()).getPath());
	}

	static Map<String, Access> loadRules(Path folder) {
		var table = new TreeMap<String, Access>();
		try (var files = Files.list(folder)) {
			for (var file : files.filter((f) -> f.toString().endsWith(".rules")).sorted().toList()) {
				for (var line : Files.readAllLines(file)) {
					var text = line.strip();
					if (text.isEmpty() || text.startsWith("#")) {
						continue;
					}
					var parts = text.split("\\s+");
					if (parts.length != 3) {
						throw new IllegalStateException(file.getFileName() + ": cannot read \"" + line + "\"");
					}
					var access = switch (parts[2]) {
						case "PUBLIC" -> PUBLIC;
						case "AUTHENTICATED" -> AUTHENTICATED;
						// Needs a write-scoped API token: no browser session may use it.
						case "SCOPE_WRITE" -> TOKEN_ONLY;
						default -> new AnyOf(java.util.Arrays.stream(parts[2].split(","))
							.map(Role::valueOf)
							.collect(java.util.stream.Collectors.toUnmodifiableSet()));
					};
					if (table.put(parts[0] + " " + parts[1], access) != null) {
						throw new IllegalStateException("Listed twice: " + parts[0] + " " + parts[1]);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}

	record Visitor(Role role, WebSession web) {

	}

}
