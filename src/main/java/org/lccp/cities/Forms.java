package org.lccp.cities;

import org.springframework.validation.BindingResult;

/** Puts the registry's rule violations onto the form's fields. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult errors, InvalidInputException ex) {
		for (var v : ex.violations()) {
			if (errors.getFieldType(v.field()) != null || hasField(errors, v.field())) {
				errors.rejectValue(v.field(), v.key(), v.args(), v.key());
			}
			else {
				errors.reject(v.key(), v.args(), v.key());
			}
		}
	}

	private static boolean hasField(BindingResult errors, String field) {
		try {
			errors.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
