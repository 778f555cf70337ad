package org.lccp.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached (restarted, failed over, network cut), a request
 * that needs it gets {@code 503 Service Unavailable} with a {@code Retry-After} hint
 * instead of a 500: a problem detail under {@code /api/}, a short page elsewhere. The
 * page is drawn without the site layout, whose navigation and sign-in state come from the
 * database. Sits before the session filter, whose sessions live in the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

	/**
	 * Seconds a client is asked to wait: a restarted PostgreSQL is usually back by then.
	 */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final MessageSource messages;

	private final SpringTemplateEngine templates;

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile long lastLogged;

	DatabaseOutage(MessageSource messages, SpringTemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			logOnceInAWhile(ex);
			refuse(request, response);
		}
	}

	/** Connection failures, as JDBC, Hikari, Spring and PostgreSQL report them. */
	static boolean isOutage(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof ConnectException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof CannotCreateTransactionException && cause.getCause() == null) {
				return true;
			}
			if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException) {
				// Commit or rollback failed against the connection itself: the pool
				// closed
				// it after the server ended it (the first failure is replaced by this
				// one).
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// 08: connection exceptions; 57P01-03: the server is shutting down or
				// starting up.
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void logOnceInAWhile(Throwable ex) {
		var now = System.nanoTime();
		if (now - this.lastLogged > 10_000_000_000L) {
			this.lastLogged = now;
			log.warn("The database cannot be reached; answering 503 until it is back ({})", ex.toString());
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var locale = new org.lccp.shared.i18n.LanguageLocaleResolver().resolveLocale(request);
		var title = text("error.503.title", locale);
		var detail = text("error.503.text", locale);
		if (ErrorPages.isApi(request)) {
			var problem = ProblemDetail.forStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			problem.setTitle(title);
			problem.setDetail(detail);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		var context = new WebContext(exchange, locale);
		context.setVariable("retryAfter", RETRY_AFTER_SECONDS);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process("error/unavailable", context, response.getWriter());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
