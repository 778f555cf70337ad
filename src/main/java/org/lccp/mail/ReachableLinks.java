package org.lccp.mail;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lccp.shared.web.DomainException;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Mails must not carry links nobody can follow. The public address
 * ({@code lccp.web.base-url}) defaults to {@code http://localhost:8080}; a platform
 * deployed elsewhere without setting it would mail verification and reset links that lead
 * to the reader's own machine. The address is not taken from the request instead: a
 * forged Host header would then put an attacker's host into a password-reset link. So a
 * mail with links to a loopback address, written while the platform is served under
 * another host name, is refused (nothing is stored; the caller's transaction rolls back)
 * and the administrator is told in the log what to set.
 */
final class ReachableLinks {

	private static final Logger log = LoggerFactory.getLogger(ReachableLinks.class);

	private ReachableLinks() {
	}

	static void check(String baseUrl, String body) {
		var base = host(baseUrl);
		if (base == null || !isLoopback(base) || body == null || !body.contains(stripSlash(baseUrl))) {
			return;
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		var served = request.getServerName();
		if (served == null || served.isBlank() || isLoopback(served)) {
			return;
		}
		log.error("A mail with links to {} was refused: the platform is served as {}. Set lccp.web.base-url "
				+ "to the address members reach it at.", baseUrl, served);
		throw new UnreachableLinks();
	}

	static boolean isLoopback(String host) {
		var h = host.toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
				|| h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0");
	}

	private static String host(String url) {
		try {
			return URI.create(url).getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The platform's public address is not set, so its mails would lead nowhere. */
	static final class UnreachableLinks extends DomainException {

		UnreachableLinks() {
			super("mail.links.unreachable");
		}

	}

}
