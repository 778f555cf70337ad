package org.lccp.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON half of the input cleaning: every string in a request body passes
 * {@link InputText}, as request parameters do in {@link InputCleaning}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JacksonModule cleanJsonStrings() {
		return new SimpleModule("lccp-clean-strings").addDeserializer(String.class, new CleanStrings());
	}

	/** Jackson's own string reading, then the cleaning. */
	static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return InputText.clean(super.deserialize(parser, context));
		}

	}

}
