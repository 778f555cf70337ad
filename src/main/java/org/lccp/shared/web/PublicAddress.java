package org.lccp.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notices a platform reached under a real host name while the links it mails point to the
 * loopback default ({@code lccp.web.base-url} not set): the log says so once and the
 * secretariat's outbox shows it.
 * <p>
 * It only warns. Links are never built from the request (a forged Host header would put
 * an attacker's address into verification and reset mails), and mail is not held on that
 * account (a forged Host would then stop every mail of the platform).
 */
@Component
public class PublicAddress extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

	private final String baseUrl;

	private final boolean loopbackBase;

	private final AtomicReference<String> reachedAs = new AtomicReference<>();

	PublicAddress(WebProperties properties) {
		this.baseUrl = properties.baseUrl();
		var host = URI.create(properties.baseUrl()).getHost();
		this.loopbackBase = host == null || isLoopback(host);
	}

	/**
	 * The address the platform was reached at while its mail links point to the loopback
	 * default; empty when the links are configured or only loopback requests came.
	 */
	public Optional<String> loopbackLinksWhileReachedAs() {
		return Optional.ofNullable(this.reachedAs.get());
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.loopbackBase && this.reachedAs.get() == null) {
			var host = request.getServerName();
			if (host != null && !host.isBlank() && !isLoopback(host)) {
				var address = request.getScheme() + "://" + host
						+ ((request.getServerPort() == 80 || request.getServerPort() == 443) ? ""
								: ":" + request.getServerPort());
				if (this.reachedAs.compareAndSet(null, address)) {
					LOG.warn("This platform was reached at {} but links in mails point to {}: set lccp.web.base-url "
							+ "to the public address", address, this.baseUrl);
				}
			}
		}
		chain.doFilter(request, response);
	}

	static boolean isLoopback(String host) {
		var name = host.toLowerCase(java.util.Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.") || name.equals("::1")
				|| name.equals("0:0:0:0:0:0:0:1");
	}

}
