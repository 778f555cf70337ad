package org.lccp.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lccp.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A visitor of a {@link ControllerSlice}, with the calls and answers of
 * {@link WebSession}, so that a test moved from a full start to a slice keeps its
 * assertions word for word: paths are sent as written (already encoded, like a
 * browser's), forms carry a valid CSRF token unless posted raw, and a signed-in visitor
 * is a {@link SignedIn} account holding the given roles.
 */
public final class SliceSession {

	private final MockMvcTester mvc;

	private final SignedIn account;

	private final Role[] roles;

	private String acceptLanguage;

	private SliceSession(MockMvcTester mvc, SignedIn account, Role... roles) {
		this.mvc = mvc;
		this.account = account;
		this.roles = roles;
	}

	/** Sends this {@code Accept-Language} header with every request. */
	public SliceSession acceptLanguage(String header) {
		this.acceptLanguage = header;
		return this;
	}

	/** A visitor without an account. */
	public static SliceSession anonymous(MockMvcTester mvc) {
		return new SliceSession(mvc, null);
	}

	/** A new account holding the roles. */
	public static SliceSession signedIn(MockMvcTester mvc, Role... roles) {
		return signedIn(mvc, SignedIn.account("Slice " + (roles.length == 0 ? "account" : roles[0].name())), roles);
	}

	/** The given account holding the roles. */
	public static SliceSession signedIn(MockMvcTester mvc, SignedIn account, Role... roles) {
		return new SliceSession(mvc, account, roles);
	}

	/** The account signed in, or {@code null} for a visitor. */
	public SignedIn account() {
		return this.account;
	}

	public WebSession.Response get(String path, String... headers) {
		var request = request(HttpMethod.GET, path);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return answer(request);
	}

	/** Posts a form with a valid CSRF token. */
	public WebSession.Response post(String path, String... fields) {
		return answer(form(HttpMethod.POST, path, fields).with(csrf()));
	}

	/** Sends a form with another method (PUT, DELETE, PATCH) and a valid CSRF token. */
	public WebSession.Response send(String method, String path, String... fields) {
		return answer(form(HttpMethod.valueOf(method), path, fields).with(csrf()));
	}

	/** Posts a form exactly as given, without a CSRF token. */
	public WebSession.Response postRaw(String path, String... fields) {
		return answer(form(HttpMethod.POST, path, fields));
	}

	/** Gets a download as bytes. */
	public WebSession.Download download(String path) {
		var response = exchange(request(HttpMethod.GET, path));
		return new WebSession.Download(response.getStatus(), headers(response), response.getContentAsByteArray());
	}

	/** Follows a redirect answer within the platform. */
	public WebSession.Response follow(WebSession.Response response) {
		var location = response.location();
		if (location.startsWith("http://localhost")) {
			location = location.substring("http://localhost".length());
		}
		return get(location);
	}

	private MockMvcRequestBuilder form(HttpMethod method, String path, String... fields) {
		return request(method, path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(WebSession.encode(fields));
	}

	private MockMvcRequestBuilder request(HttpMethod method, String path) {
		var request = this.mvc.method(method).uri(URI.create(plusAsSpace(path)));
		if (this.acceptLanguage != null) {
			request.header("Accept-Language", this.acceptLanguage);
		}
		if (this.account != null) {
			var authorities = new ArrayList<SimpleGrantedAuthority>();
			for (var role : this.roles) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
			request.with(authentication(
					UsernamePasswordAuthenticationToken.authenticated(this.account, null, List.copyOf(authorities))));
		}
		return request;
	}

	/**
	 * A servlet container reads a {@code +} in the query as a space (form encoding); mock
	 * requests decode the query by RFC 3986, which keeps it, so it is sent as
	 * {@code %20}.
	 */
	private static String plusAsSpace(String path) {
		var query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query) + path.substring(query).replace("+", "%20");
	}

	private WebSession.Response answer(MockMvcRequestBuilder request) {
		var response = exchange(request);
		try {
			return new WebSession.Response(response.getStatus(), headers(response),
					response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletResponse exchange(MockMvcRequestBuilder request) {
		return request.exchange().getResponse();
	}

	private static HttpHeaders headers(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (var name : response.getHeaderNames()) {
			headers.put(name, response.getHeaders(name));
		}
		return HttpHeaders.of(headers, (name, value) -> true);
	}

}
