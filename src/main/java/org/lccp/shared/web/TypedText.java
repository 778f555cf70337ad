package org.lccp.shared.web;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.context.request.WebRequest;

/**
 * Binding results for a form page that comes back with errors and shows every number as
 * the reader typed it. The binder reads "2,020" or "1 234,5" into a number; printed back,
 * the number would lose the reader's separators ("2020"), in fields with an error and in
 * those without. These results print a number field with the text that was sent for it
 * instead; a value that did not convert keeps its text anyway.
 */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * The binder's result with numbers shown as typed; each field error may be replaced
	 * (to name its field, say) on the way.
	 */
	public static BindingResult keep(BindingResult bound, WebRequest request, UnaryOperator<FieldError> errors) {
		var target = bound.getTarget();
		if (target == null) {
			return bound;
		}
		var result = new AsTypedBean(target, bound.getObjectName(), request);
		if (bound instanceof AbstractBindingResult binder) {
			result.setMessageCodesResolver(binder.getMessageCodesResolver());
		}
		if (bound.getPropertyEditorRegistry() instanceof ConfigurablePropertyAccessor accessor
				&& accessor.getConversionService() != null) {
			result.initConversion(accessor.getConversionService());
		}
		bound.getGlobalErrors().forEach(result::addError);
		bound.getFieldErrors().forEach((e) -> result.addError(errors.apply(e)));
		return result;
	}

	/** The binder's result with numbers shown as typed. */
	public static BindingResult keep(BindingResult bound, WebRequest request) {
		return keep(bound, request, UnaryOperator.identity());
	}

	/**
	 * A result for a record whose nested rows are read as fields
	 * ({@code sectors[0].rate}), with numbers shown as typed.
	 */
	static DirectFieldBindingResult fields(Object target, String name, WebRequest request, MessageCodesResolver codes) {
		var result = new AsTypedFields(target, name, request);
		result.setMessageCodesResolver(codes);
		return result;
	}

	private static @Nullable Object typed(WebRequest request, String field, @Nullable Object value) {
		return (value instanceof Number) ? request.getParameter(field) : null;
	}

	private static final class AsTypedBean extends BeanPropertyBindingResult {

		private final transient WebRequest request;

		AsTypedBean(Object target, String name, WebRequest request) {
			super(target, name);
			this.request = request;
		}

		@Override
		protected @Nullable Object formatFieldValue(String field, @Nullable Object value) {
			var typed = typed(this.request, field, value);
			return (typed != null) ? typed : super.formatFieldValue(field, value);
		}

	}

	private static final class AsTypedFields extends DirectFieldBindingResult {

		private final transient WebRequest request;

		AsTypedFields(Object target, String name, WebRequest request) {
			super(target, name);
			this.request = request;
		}

		@Override
		protected @Nullable Object formatFieldValue(String field, @Nullable Object value) {
			var typed = typed(this.request, field, value);
			return (typed != null) ? typed : super.formatFieldValue(field, value);
		}

	}

}
