package org.lccp.shared.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.i18n.LanguageLocaleResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language switching by {@code ?lang=xx} on every page, remembered in a cookie; listeners
 * are told so that a signed-in member's profile remembers it too.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<LanguageChangeListener> listeners;

	WebConfiguration(List<LanguageChangeListener> listeners) {
		this.listeners = listeners;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getDispatcherType() == DispatcherType.ERROR) {
					// The request itself was seen already, or refused before it got here:
					// reading the parameters of a refused oversized form fails.
					return true;
				}
				var requested = Language.fromCode(request.getParameter("lang"));
				if (requested.isPresent()) {
					var resolver = RequestContextUtils.getLocaleResolver(request);
					if (resolver != null) {
						resolver.setLocale(request, response, requested.get().locale());
					}
					WebConfiguration.this.listeners.forEach((l) -> l.languageChosen(requested.get()));
				}
				return true;
			}
		});
	}

}
