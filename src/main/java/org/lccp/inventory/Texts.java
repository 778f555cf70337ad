package org.lccp.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells calculation steps and file problems in the reader's language. Numbers keep every
 * digit the engine gave (plain decimal notation, no grouping), so that a step shown is
 * the step computed.
 */
@Component("inventoryTexts")
class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	String step(CalculationStep step, Locale locale) {
		var label = this.messages.getMessage("inventory.step." + step.kind(),
				new Object[] { step.gas() == null ? "" : step.gas() }, locale);
		var text = new StringBuilder(label).append(": ");
		if (!step.operands().isEmpty()) {
			var joiner = "total".equals(step.kind()) ? " + " : " × ";
			var parts = new ArrayList<String>();
			step.operands().forEach((f) -> parts.add(f.toString()));
			text.append(String.join(joiner, parts)).append(" = ");
		}
		text.append(step.result());
		if (step.source() != null) {
			text.append(" (").append(step.source()).append(')');
		}
		if (step.rounded()) {
			text.append(' ').append(this.messages.getMessage("inventory.step.rounded", null, locale));
		}
		return text.toString();
	}

	List<String> steps(List<CalculationStep> steps, Locale locale) {
		return steps.stream().map((s) -> step(s, locale)).toList();
	}

	String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/**
	 * A figure in the reader's notation with every digit kept (grouping and decimal mark
	 * of the language, no rounding), for pages.
	 */
	public String figure(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		return figure(value, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	/** A figure in a language's notation with every digit kept. */
	static String figure(java.math.BigDecimal value, Locale locale) {
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(340);
		return format.format(CalculationApi.plain(value));
	}

	String problem(Problem problem, Locale locale) {
		return message(problem.key(), problem.arguments().toArray(), locale);
	}

}
