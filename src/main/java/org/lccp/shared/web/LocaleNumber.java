package org.lccp.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number field of a form that people type in their own language's conventions
 * ("3,020,000", Russian "3 020 000" and "12,5", full-width digits), read by
 * {@link NumberInput} when the binder fills the field. Text that is not a number, or that
 * could be read two ways ("3,5" in English), does not convert: the field gets a
 * {@code typeMismatch} error and keeps what was typed. The value is printed back as plain
 * digits that every reader can edit.
 * <p>
 * For {@link java.math.BigDecimal} (exact, never a binary fraction), {@link Integer} and
 * {@link Long} fields; a whole-number field refuses a fraction.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface LocaleNumber {

	/**
	 * Whether a comma is the decimal sign in every language, for small numbers such as
	 * yearly rates that never need thousands separators ("-4,5" is −4.5 for an English
	 * reader too).
	 */
	boolean commaIsDecimal() default false;

}
