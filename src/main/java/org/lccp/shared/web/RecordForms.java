package org.lccp.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.ObjectError;
import org.springframework.web.context.request.WebRequest;

/**
 * Binds a form record from values a controller picked out of the request, with the same
 * conversions (numbers in the reader's conventions, bounded dates, choices) and the same
 * {@code typeMismatch} message codes as the forms Spring MVC binds itself. For forms
 * whose request cannot go to the binder as it is: rows under sparse indexes
 * ({@code sectors[5000].x}) would make the binder grow a list it then cannot fill.
 */
@Component
public class RecordForms {

	private final ObjectProvider<ConversionService> conversions;

	RecordForms(@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
		this.conversions = conversions;
	}

	/**
	 * The record built from the values, with the errors of values that did not convert
	 * (the record then holds null in their place).
	 */
	public <T> Bound<T> bind(Class<T> type, String name, Map<String, String> values) {
		var binder = new DataBinder(null, name);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(this.conversions.getObject());
		binder.setMessageCodesResolver(new FormBinding.KindsOfFields());
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public @Nullable Object resolveValue(String key, Class<?> paramType) {
				return values.get(key);
			}

			@Override
			public Set<String> getNames() {
				return values.keySet();
			}
		});
		return new Bound<>(type.cast(binder.getTarget()), binder.getBindingResult().getAllErrors());
	}

	/**
	 * The binding result a form page shows for the record: its errors, numbers shown as
	 * the reader typed them, others printed as the binder reads them. Record components
	 * are read as fields, so nested paths such as {@code rows[0].value} resolve.
	 */
	public BindingResult result(Object form, String name, List<ObjectError> errors, WebRequest request) {
		var result = TypedText.fields(form, name, request, new FormBinding.KindsOfFields());
		result.initConversion(this.conversions.getObject());
		errors.forEach(result::addError);
		return result;
	}

	/**
	 * A bound record and the errors of its conversion.
	 *
	 * @param form the record, null only when it could not be built at all
	 * @param errors field errors of values that did not convert
	 */
	public record Bound<T>(@Nullable T form, List<ObjectError> errors) {
	}

}
