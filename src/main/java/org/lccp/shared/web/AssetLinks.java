package org.lccp.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Page links as Thymeleaf builds them, with the addresses of static files given their
 * content version here, from Spring's {@link ResourceUrlProvider}, instead of by Spring's
 * {@code ResourceUrlEncodingFilter}, which is left out. That filter matched every link of
 * a page against every resource pattern in {@code HttpServletResponse.encodeURL} (on a
 * search page with a hundred facet and result links a twenty-fifth of the page's time),
 * and its request wrapper stood between every page and its attributes: Thymeleaf writes
 * one for every step of every loop (BENCHMARKS.md, issue 17). The session is never
 * written into links (Spring Security's {@code DisableEncodeUrlFilter}), so a link to a
 * page is the link itself.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

	@Bean
	static BeanPostProcessor assetLinksOnTemplates(ObjectProvider<ResourceUrlProvider> resources) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new Builder(resources));
				}
				return bean;
			}
		};
	}

	/** Boot's registration of the filter, switched off: the links are versioned above. */
	@Bean
	static FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/** Gives links under a resource handler's path their content version. */
	static final class Builder extends StandardLinkBuilder {

		private final ObjectProvider<ResourceUrlProvider> resources;

		/** Null until the resource handlers are known. */
		private volatile @Nullable Handlers handlers;

		Builder(ObjectProvider<ResourceUrlProvider> resources) {
			this.resources = resources;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (!(context instanceof org.thymeleaf.context.IWebContext web)) {
				return super.processLink(context, link);
			}
			var handlers = handlers();
			if (handlers == null) {
				return super.processLink(context, link);
			}
			var applicationPath = web.getExchange().getRequest().getApplicationPath();
			var start = (applicationPath != null && !applicationPath.isEmpty() && link.startsWith(applicationPath))
					? applicationPath.length() : 0;
			var end = link.length();
			for (var c : new char[] { '?', '#' }) {
				var at = link.indexOf(c, start);
				if (at >= 0) {
					end = Math.min(end, at);
				}
			}
			var path = link.substring(start, end);
			for (var prefix : handlers.prefixes()) {
				if (path.startsWith(prefix)) {
					var versioned = handlers.provider().getForLookupPath(path);
					return (versioned == null) ? link : link.substring(0, start) + versioned + link.substring(end);
				}
			}
			return link;
		}

		/**
		 * The resource handlers' provider with the literal beginnings of the paths they
		 * serve, up to the last slash before a wildcard ("/assets/**" and
		 * "/swagger-ui/*index.html" begin "/assets/" and "/swagger-ui/"): every link a
		 * handler may serve begins so. Null while the handlers are not known yet, and
		 * links are left as they are.
		 */
		private @Nullable Handlers handlers() {
			var known = this.handlers;
			if (known != null) {
				return known;
			}
			var provider = this.resources.getIfAvailable();
			if (provider == null || provider.getHandlerMap().isEmpty()) {
				return null;
			}
			var found = new java.util.TreeSet<String>();
			for (var pattern : provider.getHandlerMap().keySet()) {
				found.add(literalBeginning(pattern));
			}
			this.handlers = new Handlers(provider, List.copyOf(found));
			return this.handlers;
		}

		private record Handlers(ResourceUrlProvider provider, List<String> prefixes) {
		}

		static String literalBeginning(String pattern) {
			var wildcard = pattern.length();
			for (var c : new char[] { '*', '?', '{' }) {
				var at = pattern.indexOf(c);
				if (at >= 0) {
					wildcard = Math.min(wildcard, at);
				}
			}
			if (wildcard == pattern.length()) {
				return pattern;
			}
			return pattern.substring(0, pattern.lastIndexOf('/', wildcard) + 1);
		}

	}

}
