package org.lccp.shared.web;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.i18n.LanguageLocaleResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language switching by {@code ?lang=xx} on every page, remembered in a cookie. A
 * signed-in member's profile language is left alone: it changes only on the profile form.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageLocaleResolver();
	}

	/**
	 * Browsers ask for /favicon.ico by themselves; the icon lives with the other assets.
	 */
	/**
	 * The API answers in JSON, CSV and problem details, nothing else: an XML mapper that
	 * a library brings onto the class path (an S3 server in the tests has one) must not
	 * make it answer in XML, which it was never designed or tested for.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters
			.removeIf((converter) -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_XML)));
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
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
					if (resolver instanceof LanguageLocaleResolver languages) {
						languages.choose(request, response, requested.get().locale());
					}
					else if (resolver != null) {
						resolver.setLocale(request, response, requested.get().locale());
					}
				}
				return true;
			}
		});
	}

}
