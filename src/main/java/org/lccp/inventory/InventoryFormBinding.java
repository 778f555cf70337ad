package org.lccp.inventory;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the inventory's number rule with the binder for fields marked
 * {@link InventoryNumber}.
 */
@Configuration(proxyBeanMethods = false)
class InventoryFormBinding implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new Numbers());
	}

	/** Reads with {@link InventoryFile#parseNumber}; prints plain digits. */
	static final class Numbers implements AnnotationFormatterFactory<InventoryNumber>, Formatter<BigDecimal> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(BigDecimal.class);
		}

		@Override
		public Printer<?> getPrinter(InventoryNumber annotation, Class<?> fieldType) {
			return this;
		}

		@Override
		public Parser<?> getParser(InventoryNumber annotation, Class<?> fieldType) {
			return this;
		}

		@Override
		public String print(BigDecimal value, Locale locale) {
			return value.toPlainString();
		}

		@Override
		public BigDecimal parse(String text, Locale locale) throws ParseException {
			return InventoryFile.parseNumber(text)
				.orElseThrow(() -> new ParseException("not a number of an inventory: " + text, 0));
		}

	}

}
