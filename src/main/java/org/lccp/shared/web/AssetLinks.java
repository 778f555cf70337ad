package org.lccp.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Page links as Thymeleaf builds them, with only the addresses of static files passed on
 * to the resource chain (which adds their content version). Thymeleaf hands every link to
 * {@code HttpServletResponse.encodeURL}, where Spring's resource filter matched each
 * against every resource pattern: on a search page with a hundred facet and result links
 * that was a twenty-fifth of the page's time (BENCHMARKS.md, issue 17). The session is
 * never written into links (Spring Security's {@code DisableEncodeUrlFilter}), so for any
 * other link the answer was the link itself.
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

	/** Sends only links under a resource handler's path to the response's encoding. */
	static final class Builder extends StandardLinkBuilder {

		private final ObjectProvider<ResourceUrlProvider> resources;

		private volatile @Nullable List<String> prefixes;

		Builder(ObjectProvider<ResourceUrlProvider> resources) {
			this.resources = resources;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (context instanceof org.thymeleaf.context.IWebContext web && !isAsset(web.getExchange(), link)) {
				return link;
			}
			return super.processLink(context, link);
		}

		private boolean isAsset(IWebExchange exchange, String link) {
			var prefixes = prefixes();
			if (prefixes == null) {
				return true;
			}
			var context = exchange.getRequest().getApplicationPath();
			var path = (context != null && !context.isEmpty() && link.startsWith(context))
					? link.substring(context.length()) : link;
			for (var prefix : prefixes) {
				if (path.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The literal beginnings of the paths the resource handlers serve, up to the last
		 * slash before a wildcard ("/assets/**" and "/swagger-ui/*index.html" begin
		 * "/assets/" and "/swagger-ui/"): every link a handler may serve begins so. Null
		 * while the handlers are not known yet, and every link is encoded.
		 */
		private @Nullable List<String> prefixes() {
			var known = this.prefixes;
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
			this.prefixes = List.copyOf(found);
			return this.prefixes;
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
