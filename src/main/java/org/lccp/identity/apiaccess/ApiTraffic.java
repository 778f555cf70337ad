package org.lccp.identity.apiaccess;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Traffic rules of the platform's API (every module's, under {@code /api/v1}): a strong
 * ETag on every answer (a client that sends it back in {@code If-None-Match} gets 304
 * without the body), and a request budget per client address, answered with 429 and
 * {@code Retry-After} when spent.
 */
@Configuration(proxyBeanMethods = false)
class ApiTraffic {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("apiEtags");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RateLimit> apiRateLimit(ApiAccessProperties properties) {
		var registration = new FilterRegistrationBean<>(new RateLimit(properties.requestsPerMinute()));
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("apiRateLimit");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/** Requests per minute per client address, as a token bucket. */
	static final class RateLimit extends OncePerRequestFilter {

		private static final int MAX_CLIENTS = 100_000;

		private final int perMinute;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		RateLimit(int perMinute) {
			this.perMinute = perMinute;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.buckets.size() > MAX_CLIENTS) {
				this.buckets.clear();
			}
			var token = ApiSecurity.bearer(request);
			var key = token == null ? "ip:" + request.getRemoteAddr() : "token:" + ApiTokens.hash(token);
			var bucket = this.buckets.computeIfAbsent(key,
					(k) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.perMinute)
							.refillGreedy(this.perMinute, Duration.ofMinutes(1))
							.build())
						.build());
			var probe = bucket.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
				chain.doFilter(request, response);
				return;
			}
			var seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			response.setHeader("Retry-After", Long.toString(seconds));
			// The error path writes the localised problem detail; the header and type
			// stay.
			response.setContentType("application/problem+json");
			response.sendError(429);
		}

	}

}
