package org.lccp.inventory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number field of an inventory form, read by the binder with the rule the inventory
 * file import reads its number cells with ({@link InventoryFile#parseNumber}): plain
 * digits with a point for decimals, thousands grouped by commas or spaces, an exponent as
 * spreadsheets write it ("7.41E4"). One rule, so that a value typed on the line form and
 * the same value in an uploaded file are read alike. Text the rule cannot read does not
 * convert: the field's {@code typeMismatch} error, the text kept on the page.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@interface InventoryNumber {

}
