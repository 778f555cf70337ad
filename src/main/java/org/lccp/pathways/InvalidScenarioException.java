package org.lccp.pathways;

import java.util.List;

import org.lccp.shared.web.DomainException;

/** A BAU scenario that breaks its rules; the violations name the form fields. */
public class InvalidScenarioException extends DomainException {

	private final transient List<Violation> violations;

	InvalidScenarioException(List<Violation> violations) {
		super(violations.isEmpty() ? "pathways.error.invalid" : violations.get(0).key());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/**
	 * One broken rule: the field (empty for the whole form), the message key and its
	 * arguments.
	 */
	public record Violation(String field, String key, Object... args) {
	}

}
