package org.lccp.cities;

import java.util.List;

/**
 * Input that breaks the registry's rules; nothing was stored. Pages show each violation
 * at its field, the API answers 400 with them listed.
 */
public class InvalidInputException extends RuntimeException {

	private final transient List<TargetRules.Violation> violations;

	InvalidInputException(List<TargetRules.Violation> violations) {
		super("invalid input: " + violations);
		this.violations = List.copyOf(violations);
	}

	List<TargetRules.Violation> violations() {
		return this.violations;
	}

}
