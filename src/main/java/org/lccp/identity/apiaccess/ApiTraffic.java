package org.lccp.identity.apiaccess;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Traffic rules of the platform's API (every module's, under {@code /api/v1}): a strong
 * ETag on every answer (a client that sends it back in {@code If-None-Match} gets 304
 * without the body), and a request budget per API token (or per client address without
 * one), answered with 429 and {@code Retry-After} when spent. The budgets are counted in
 * PostgreSQL ({@link DatabaseBuckets}) so that all nodes share them, unless
 * {@code lccp.identity.api.shared-limits} is false.
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
	@ConditionalOnBooleanProperty(name = "lccp.identity.api.shared-limits", matchIfMissing = true)
	DatabaseBuckets databaseBuckets(DataSource dataSource) {
		return new DatabaseBuckets(dataSource);
	}

	@Bean
	FilterRegistrationBean<RateLimit> apiRateLimit(ApiAccessProperties properties,
			ObjectProvider<DatabaseBuckets> shared) {
		var registration = new FilterRegistrationBean<>(
				new RateLimit(properties.requestsPerMinute(), shared.getIfAvailable()));
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("apiRateLimit");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	IdleBuckets idleBuckets(ObjectProvider<DatabaseBuckets> shared) {
		return new IdleBuckets(shared.getIfAvailable());
	}

	/** Deletes shared buckets that have been idle for longer than a full refill. */
	static final class IdleBuckets {

		private final @Nullable DatabaseBuckets shared;

		IdleBuckets(@Nullable DatabaseBuckets shared) {
			this.shared = shared;
		}

		@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
		void forget() {
			if (this.shared != null) {
				this.shared.forgetIdle(Duration.ofMinutes(1));
			}
		}

	}

	/**
	 * Requests per minute per API token or client address, as a token bucket: in
	 * PostgreSQL when shared (every node counts against the same budget), else in this
	 * node's memory.
	 */
	static final class RateLimit extends OncePerRequestFilter {

		private static final int MAX_CLIENTS = 100_000;

		private final BucketConfiguration configuration;

		private final @Nullable DatabaseBuckets shared;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		RateLimit(int perMinute) {
			this(perMinute, null);
		}

		RateLimit(int perMinute, @Nullable DatabaseBuckets shared) {
			this.configuration = BucketConfiguration.builder()
				.addLimit(
						Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build();
			this.shared = shared;
		}

		private Bucket bucket(String key) {
			if (this.shared != null) {
				return this.shared.builder().build(key, () -> this.configuration);
			}
			if (this.buckets.size() > MAX_CLIENTS) {
				this.buckets.clear();
			}
			return this.buckets.computeIfAbsent(key,
					(k) -> Bucket.builder().addLimit(this.configuration.getBandwidths()[0]).build());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var token = ApiSecurity.bearer(request);
			var key = token == null ? "ip:" + request.getRemoteAddr() : "token:" + ApiTokens.hash(token);
			var probe = bucket(key).tryConsumeAndReturnRemaining(1);
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
