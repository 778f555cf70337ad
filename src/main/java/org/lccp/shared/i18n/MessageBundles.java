package org.lccp.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module in {@code i18n/<module>.properties} with its translations
 * beside it. Bundles are found on the class path, so a new module brings its texts
 * without touching shared configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String LOCATION = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() {
		var source = new MergedBundles();
		source.setBasenames(java.util.Arrays.stream(basenames()).map((b) -> "classpath:" + b).toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/**
	 * All modules' bundles merged into one table per language, read once and kept (a
	 * {@link ReloadableResourceBundleMessageSource} that never reloads looks a text up in
	 * its merged table). Asked bundle by bundle, as {@link ResourceBundleMessageSource}
	 * does, a text of the twentieth bundle took twenty lookups of bundles and keys: a
	 * third of rendering the messages of a search page (BENCHMARKS.md, issue 17).
	 * <p>
	 * Every text goes through {@link java.text.MessageFormat}, so an apostrophe is always
	 * written as two: a text without arguments is formatted once, with none, and kept as
	 * formatted.
	 */
	static final class MergedBundles extends ReloadableResourceBundleMessageSource {

		private final Map<Locale, Map<String, String>> formatted = new ConcurrentHashMap<>();

		@Override
		protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
			var texts = this.formatted.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>());
			var text = texts.get(code);
			if (text == null) {
				// a missing text is not kept: only the bundles' own keys fill the table
				var format = resolveCode(code, locale);
				if (format == null) {
					return null;
				}
				synchronized (format) {
					text = format.format(new Object[0]);
				}
				texts.put(code, text);
			}
			return text;
		}

	}

	static String[] basenames() {
		try {
			var names = new TreeSet<String>();
			for (var resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				var file = resource.getFilename();
				if (file != null && !file.contains("_")) {
					names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
				}
			}
			return names.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

}
