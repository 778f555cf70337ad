package org.lccp.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.Language;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * How every form record is bound, for all modules at once.
 * <p>
 * A value that does not convert (an unknown choice, a word in a number field) leaves a
 * {@code typeMismatch} field error; its message is found by the kind of field
 * ({@code typeMismatch.choice}, {@code typeMismatch.number}, {@code typeMismatch.date})
 * before the plain {@code typeMismatch}, in every language.
 * <p>
 * Spring builds a form record through its constructor; when a value fails to convert, the
 * binding result is made before the record exists and keeps pointing at nothing, so any
 * later {@code rejectValue} or the form page reading a field fails with "null bean
 * 'form'". The binder here hands out a binding result bound to the built record, with the
 * errors so far, so the form comes back with every value and every message.
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcConfigurer {

	@Override
	public MessageCodesResolver getMessageCodesResolver() {
		return new KindsOfFields();
	}

	/**
	 * Request parameters and form fields typed as dates are read as ISO dates within
	 * {@link Dates}' bounds; outside, the value does not convert (a 400 for a parameter,
	 * a {@code typeMismatch.date} field error on a form). Only reading: printing keeps
	 * the platform's formats. A form field that names its own pattern with
	 * {@link DateTimeFormat} is read in that pattern instead, and its form checks the
	 * bounds, so that a far date is told apart from nonsense. Number fields marked
	 * {@link LocaleNumber} are read in the reader's conventions.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new BoundedDates<>(LocalDate.class, LocalDate::parse));
		registry.addConverter(new BoundedDates<>(LocalDateTime.class, LocalDateTime::parse));
		registry.addFormatterForFieldAnnotation(new LocaleNumbers());
		registry.addConverter(String.class, Language.class, FormBinding::language);
		registry.addConverter(String.class, CountryCodes.class, CountryCodes::parse);
		registry.addConverter(String.class, CountryCode.class,
				(text) -> text.isBlank() ? null : CountryCode.parse(text));
	}

	/**
	 * A platform language by its code as forms post it ({@code en}), or by its constant
	 * name; anything else does not convert.
	 */
	private static @Nullable Language language(String text) {
		var value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		return Arrays.stream(Language.values())
			.filter((l) -> l.code().equals(value) || l.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a platform language"));
	}

	/** Reads an ISO date within the bounds, unless the field names its own pattern. */
	private record BoundedDates<T extends java.time.temporal.TemporalAccessor>(Class<T> type,
			java.util.function.Function<String, T> parser) implements ConditionalGenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(String.class, this.type));
		}

		@Override
		public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
			var format = targetType.getAnnotation(DateTimeFormat.class);
			return format == null || format.pattern().isEmpty();
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return (source == null) ? null : bounded((String) source, this.parser);
		}

	}

	private static <T extends java.time.temporal.TemporalAccessor> @Nullable T bounded(String text,
			java.util.function.Function<String, T> parser) {
		if (text.isBlank()) {
			return null;
		}
		var value = parser.apply(text.strip());
		if (!Dates.sane(value.get(java.time.temporal.ChronoField.YEAR))) {
			throw new IllegalArgumentException("outside " + Dates.EARLIEST_YEAR + "–" + Dates.LATEST_YEAR);
		}
		return value;
	}

	/**
	 * Puts {@link RecordAttributes} in place of Spring's form-record resolvers. (A second
	 * {@code WebMvcRegistrations} would switch off htmx's, so the adapter is adjusted
	 * after it is built instead.)
	 */
	@Bean
	static BeanPostProcessor recordAttributes(
			@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions,
			@Qualifier("mvcValidator") ObjectProvider<Validator> validators) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
					var resolvers = new ArrayList<>(adapter.getArgumentResolvers());
					resolvers.replaceAll((r) -> (r instanceof ModelAttributeMethodProcessor m)
							? new RecordAttributes(m, conversions, validators) : r);
					adapter.setArgumentResolvers(resolvers);
				}
				return bean;
			}
		};
	}

	/**
	 * Resolves form records as Spring does, then, when a value failed to convert, gives
	 * the model a binding result bound to the built record, holding the same errors, plus
	 * the record's own constraint violations on the other fields (Spring skips validation
	 * after a failed conversion), so the reader sees every problem at once.
	 */
	static final class RecordAttributes implements HandlerMethodArgumentResolver {

		private final ModelAttributeMethodProcessor delegate;

		private final ObjectProvider<ConversionService> conversions;

		private final ObjectProvider<Validator> validators;

		RecordAttributes(ModelAttributeMethodProcessor delegate, ObjectProvider<ConversionService> conversions,
				ObjectProvider<Validator> validators) {
			this.delegate = delegate;
			this.conversions = conversions;
			this.validators = validators;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.delegate.supportsParameter(parameter);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
			var attribute = this.delegate.resolveArgument(parameter, container, request, binders);
			if (container == null || attribute == null) {
				return attribute;
			}
			var name = ModelFactory.getNameForParameter(parameter);
			var key = BindingResult.MODEL_KEY_PREFIX + name;
			if (container.getModel().get(key) instanceof AbstractBindingResult result && result.getTarget() == null) {
				var bound = new BeanPropertyBindingResult(attribute, name);
				bound.setMessageCodesResolver(result.getMessageCodesResolver());
				var conversion = this.conversions.getIfAvailable();
				if (conversion != null) {
					bound.initConversion(conversion);
				}
				bound.addAllErrors(result);
				validateOtherFields(parameter, attribute, bound);
				container.getModel().put(key, bound);
				// the model holds the binding result's target, which was nothing: the
				// page
				// reads the built record instead
				container.getModel().put(name, attribute);
			}
			return attribute;
		}

		private void validateOtherFields(MethodParameter parameter, Object attribute, BindingResult bound) {
			var validator = this.validators.getIfAvailable();
			if (validator == null || !(parameter.hasParameterAnnotation(jakarta.validation.Valid.class)
					|| parameter.hasParameterAnnotation(org.springframework.validation.annotation.Validated.class))) {
				return;
			}
			var found = new BeanPropertyBindingResult(attribute, bound.getObjectName());
			found.setMessageCodesResolver(((AbstractBindingResult) bound).getMessageCodesResolver());
			validator.validate(attribute, found);
			for (var error : found.getFieldErrors()) {
				if (!bound.hasFieldErrors(error.getField())) {
					bound.addError(error);
				}
			}
			found.getGlobalErrors().forEach(bound::addError);
		}

	}

	/** Adds the kind of the field to the codes of a failed conversion. */

	static final class KindsOfFields extends DefaultMessageCodesResolver {

		@Override
		public String[] resolveMessageCodes(String errorCode, String objectName, String field,
				@Nullable Class<?> fieldType) {
			var codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
			var kind = kind(fieldType);
			if (!"typeMismatch".equals(errorCode) || kind == null) {
				return codes;
			}
			var all = new ArrayList<>(Arrays.asList(codes));
			all.add(all.size() - 1, "typeMismatch." + kind);
			return all.toArray(String[]::new);
		}

		private static @Nullable String kind(@Nullable Class<?> type) {
			if (type == null) {
				return null;
			}
			if (type.isEnum() || Collection.class.isAssignableFrom(type) || type.isArray()) {
				return "choice";
			}
			if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
				return "number";
			}
			if (Temporal.class.isAssignableFrom(type)) {
				return "date";
			}
			return null;
		}

	}

}
