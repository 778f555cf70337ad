package org.lccp.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pages rendered with the request's attributes read and written where they are kept, past
 * the wrappers that only pass them on.
 * <p>
 * Thymeleaf keeps a page's variables as request attributes and reads one for every
 * expression; by the time a page renders, the request is wrapped six times (session,
 * firewall, security headers, servlet API, resource links, forwarded headers), and each
 * wrapper hands the call to the next: reading and writing attributes was 11 % of a search
 * page's CPU time (JFR, BENCHMARKS.md issue 17). Only wrappers that inherit all of
 * {@link ServletRequestWrapper}'s attribute handling are passed over, so a wrapper that
 * answers some attributes itself (as Tomcat's for forwards and errors does) still answers
 * them. Each page is also sent in one piece ({@link WholePage}).
 */
@Configuration(proxyBeanMethods = false)
class DirectAttributes {

	@Bean
	static BeanPostProcessor directAttributesOnPages() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(View.class);
				}
				return bean;
			}
		};
	}

	/** Thymeleaf's view, given the request with direct attributes. */
	public static class View extends ThymeleafView {

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			super.render(model, new Request(request), new WholePage(response));
		}

	}

	/**
	 * A page's response that is sent in one piece when the page is done: Thymeleaf
	 * flushes the response after every page, and Tomcat then sends the page in chunks
	 * (the headers and text, then an empty chunk when the request ends: two writes to the
	 * socket instead of one, and no {@code Content-Length}). A page of up to
	 * {@link #WHOLE} bytes waits in Tomcat's buffer until the request ends; a longer one
	 * is sent as the buffer fills, as before.
	 */
	static final class WholePage extends HttpServletResponseWrapper {

		/**
		 * Larger than nearly every page (a demo search page with twenty hits has 34 KB).
		 */
		static final int WHOLE = 64 * 1024;

		private @Nullable PrintWriter writer;

		WholePage(HttpServletResponse response) {
			super(response);
			if (!response.isCommitted() && response.getBufferSize() < WHOLE) {
				response.setBufferSize(WHOLE);
			}
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter(), false) {
					@Override
					public void flush() {
						// sent when the request ends, or as the buffer fills
					}
				};
			}
			return this.writer;
		}

	}

	/**
	 * The request as it is, but for attributes: each attribute method goes to the first
	 * request of the chain that does more with it than pass it on.
	 */
	static final class Request extends HttpServletRequestWrapper {

		private final ServletRequest reads;

		private final ServletRequest writes;

		private final ServletRequest removes;

		private final ServletRequest names;

		Request(HttpServletRequest request) {
			super(request);
			this.reads = owner(request, Handling.READ);
			this.writes = owner(request, Handling.WRITE);
			this.removes = owner(request, Handling.REMOVE);
			this.names = owner(request, Handling.NAMES);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return this.reads.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			this.writes.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.removes.removeAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return this.names.getAttributeNames();
		}

		private static ServletRequest owner(ServletRequest request, Handling handling) {
			var current = request;
			while (current instanceof ServletRequestWrapper wrapper
					&& PASSES_ON.get(wrapper.getClass())[handling.ordinal()]) {
				current = wrapper.getRequest();
			}
			return current;
		}

	}

	private enum Handling {

		READ("getAttribute", String.class), WRITE("setAttribute", String.class, Object.class),
		REMOVE("removeAttribute", String.class), NAMES("getAttributeNames");

		private final String method;

		private final Class<?>[] parameters;

		Handling(String method, Class<?>... parameters) {
			this.method = method;
			this.parameters = parameters;
		}

	}

	/**
	 * For each wrapper class, which attribute methods it leaves as
	 * {@link ServletRequestWrapper} wrote them (handing the call to the wrapped request),
	 * and only if it also hands out the wrapped request unchanged.
	 */
	private static final ClassValue<boolean[]> PASSES_ON = new ClassValue<>() {
		@Override
		protected boolean[] computeValue(Class<?> type) {
			var passes = new boolean[Handling.values().length];
			var plainRequest = inherited(type, "getRequest");
			for (var handling : Handling.values()) {
				passes[handling.ordinal()] = plainRequest && inherited(type, handling.method, handling.parameters);
			}
			return passes;
		}

		private static boolean inherited(Class<?> type, String method, Class<?>... parameters) {
			try {
				return type.getMethod(method, parameters).getDeclaringClass() == ServletRequestWrapper.class;
			}
			catch (NoSuchMethodException ex) {
				return false;
			}
		}
	};

}
