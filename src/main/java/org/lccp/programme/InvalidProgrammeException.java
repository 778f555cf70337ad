package org.lccp.programme;

import java.util.List;

import org.lccp.shared.web.DomainException;

/**
 * Refused input: each violation names the form field (empty for the whole form) and a
 * message key. Nothing is stored when it is thrown.
 */
class InvalidProgrammeException extends DomainException {

	private final transient List<Violation> violations;

	InvalidProgrammeException(List<Violation> violations) {
		super(violations.get(0).key());
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return this.violations;
	}

	record Violation(String field, String key) {
	}

}
