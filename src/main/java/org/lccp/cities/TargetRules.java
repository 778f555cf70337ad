package org.lccp.cities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules that tie a target's fields together: years in order, shares within 100 %, a
 * unit that fits the type, the fields each type needs.
 */
final class TargetRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TargetRules() {
	}

	static List<Violation> check(TargetDetails t) {
		var errors = new ArrayList<Violation>();
		if (t.type() == null) {
			errors.add(new Violation("type", "cities.target.error.type"));
			return errors;
		}
		if (t.baseYear() != null && t.targetYear() != null && t.targetYear() <= t.baseYear()) {
			errors.add(new Violation("targetYear", "cities.target.error.yearOrder"));
		}
		if (t.baseYear() == null && t.baseValue() != null) {
			errors.add(new Violation("baseYear", "cities.target.error.baseYearNeeded"));
		}
		if (t.type() != TargetType.OTHER && t.targetYear() == null) {
			errors.add(new Violation("targetYear", "cities.target.error.targetYearNeeded"));
		}
		if (t.type() == TargetType.NEUTRALITY && t.neutralityKind() == null) {
			errors.add(new Violation("neutralityKind", "cities.target.error.neutralityKind"));
		}
		if (t.type() != TargetType.NEUTRALITY && t.neutralityKind() != null) {
			errors.add(new Violation("neutralityKind", "cities.target.error.neutralityOnly"));
		}
		if (t.type() == TargetType.BAU_RELATIVE && t.reductionPercent() == null) {
			errors.add(new Violation("reductionPercent", "cities.target.error.bauCut"));
		}
		if (t.type().isShare() && t.targetValue() != null
				&& (t.targetValue().signum() < 0 || t.targetValue().compareTo(HUNDRED) > 0)) {
			errors.add(new Violation("targetValue", "cities.target.error.percentRange"));
		}
		if (t.type().isShare() && t.baseValue() != null
				&& (t.baseValue().signum() < 0 || t.baseValue().compareTo(HUNDRED) > 0)) {
			errors.add(new Violation("baseValue", "cities.target.error.percentRange"));
		}
		checkPercent(t.reductionPercent(), "reductionPercent", errors);
		checkPercent(t.reductionPercentHigh(), "reductionPercentHigh", errors);
		if (t.reductionPercent() != null && t.reductionPercentHigh() != null
				&& t.reductionPercentHigh().compareTo(t.reductionPercent()) < 0) {
			errors.add(new Violation("reductionPercentHigh", "cities.target.error.rangeOrder"));
		}
		if (t.reductionPercentHigh() != null && t.reductionPercent() == null) {
			errors.add(new Violation("reductionPercent", "cities.target.error.rangeOrder"));
		}
		var unit = t.unit();
		if (unit != null && !t.type().accepts(unit)) {
			errors.add(unitRefused(t.type()));
		}
		if (unit == null && (t.baseValue() != null || t.targetValue() != null) && !t.type().units().isEmpty()) {
			errors.add(new Violation("unit", "cities.target.error.unitNeeded"));
		}
		if (!parses(t.gases(), Gas.class)) {
			errors.add(new Violation("gases", "cities.target.error.gases"));
		}
		if (!parses(t.sectors(), GpcSector.class)) {
			errors.add(new Violation("sectors", "cities.target.error.sectors"));
		}
		var scopes = blank(t.scopes());
		if (scopes != null && !scopes.matches("[123](\\s*,\\s*[123])*")) {
			errors.add(new Violation("scopes", "cities.target.error.scopes"));
		}
		if (t.status() == TargetStatus.SUPERSEDED && t.supersededBy() == null) {
			errors.add(new Violation("supersededBy", "cities.target.error.supersededBy"));
		}
		var link = blank(t.sourceLink());
		if (link != null && !link.matches("https?://\\S+")) {
			errors.add(new Violation("sourceLink", "cities.target.error.link"));
		}
		return errors;
	}

	/**
	 * A unit the type does not take, or one the registry does not know (forms and imports
	 * read it as text): the same message, listing the units the type takes.
	 */
	static Violation unitRefused(TargetType type) {
		return new Violation("unit", "cities.target.error.unit", String.join(", ", type.unitCodes()));
	}

	static List<Violation> checkProgress(ProgressDetails p, ClimateTarget target) {
		var errors = new ArrayList<Violation>();
		if (p.year() == null) {
			errors.add(new Violation("year", "cities.progress.error.year"));
		}
		else if (target.getBaseYear() != null && p.year() < target.getBaseYear()) {
			errors.add(new Violation("year", "cities.progress.error.beforeBase"));
		}
		if (p.shareAchieved() != null && (p.shareAchieved().signum() < 0 || p.shareAchieved().compareTo(HUNDRED) > 0)) {
			errors.add(new Violation("shareAchieved", "cities.target.error.percentRange"));
		}
		if (target.getType().isShare() && p.value() != null
				&& (p.value().signum() < 0 || p.value().compareTo(HUNDRED) > 0)) {
			errors.add(new Violation("value", "cities.target.error.percentRange"));
		}
		if (p.value() == null && p.shareAchieved() == null && blank(p.note()) == null) {
			errors.add(new Violation("value", "cities.progress.error.empty"));
		}
		return errors;
	}

	private static void checkPercent(BigDecimal value, String field, List<Violation> errors) {
		if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			errors.add(new Violation(field, "cities.target.error.percentRange"));
		}
	}

	static <E extends Enum<E>> boolean parses(String list, Class<E> type) {
		var text = blank(list);
		if (text == null) {
			return true;
		}
		for (var part : text.split(",")) {
			try {
				Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return true;
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One broken rule: the field, the message key and its arguments. */
	record Violation(String field, String key, Object... args) {
	}

}
