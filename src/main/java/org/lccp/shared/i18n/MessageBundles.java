package org.lccp.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
		var source = new ResourceBundleMessageSource();
		source.setBasenames(basenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// Every text goes through MessageFormat, so an apostrophe is always written as
		// two.
		source.setAlwaysUseMessageFormat(true);
		return source;
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
