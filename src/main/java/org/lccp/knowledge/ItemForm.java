package org.lccp.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.Decimals;
import org.lccp.shared.web.UserText;

import org.springframework.validation.BindingResult;

/**
 * The form of an item with its original-language text. One form serves all five kinds;
 * the fields a kind does not use are hidden and ignored. Lists typed in text areas take
 * one entry per line, parts separated by {@code |}.
 */
record ItemForm(String kind, String originalLanguage,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 3000, message = "{validation.tooLong}") String summary,
		@Size(max = 100000, message = "{validation.tooLong}") String body,
		@Size(max = 20000, message = "{validation.tooLong}") String lessons,
		@Size(max = 3000, message = "{validation.tooLong}") String funding, @Nullable List<String> countries,
		@Nullable List<String> cities, @Nullable List<String> categories, @Nullable List<String> sectors,
		String periodFrom, String periodTo,
		@Size(max = 300, message = "{validation.tooLong}") String contactInstitution,
		@Size(max = 10000, message = "{validation.tooLong}") String results,
		@Size(max = 10000, message = "{validation.tooLong}") String links, String publicationKind, String year,
		@Size(max = 3000, message = "{validation.tooLong}") String authors,
		@Size(max = 3000, message = "{validation.tooLong}") String institutions, String publicationLanguage,
		String publishedOn, @Size(max = 60, message = "{validation.tooLong}") String acronym,
		@Size(max = 300, message = "{validation.tooLong}") String ledBy,
		@Size(max = 200, message = "{validation.tooLong}") String scope,
		@Size(max = 3000, message = "{validation.tooLong}") String themes,
		@Size(max = 500, message = "{validation.tooLong}") String website,
		@Size(max = 20000, message = "{validation.tooLong}") String members, String policyLevel, String policyType,
		@Size(max = 3000, message = "{validation.tooLong}") String sourceDocument,
		@Size(max = 5000, message = "{validation.tooLong}") String presentedAt, @Nullable List<String> related,
		@Nullable List<String> gatherings, String toolCost, @Nullable List<String> toolLanguages) {

	private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$");

	/** Fields missing from a post bind as null; the form treats them as empty. */
	ItemForm {
		kind = ((kind == null) ? "" : kind);
		originalLanguage = ((originalLanguage == null) ? "" : originalLanguage);
		title = ((title == null) ? "" : title);
		summary = ((summary == null) ? "" : summary);
		body = ((body == null) ? "" : body);
		lessons = ((lessons == null) ? "" : lessons);
		funding = ((funding == null) ? "" : funding);
		periodFrom = ((periodFrom == null) ? "" : periodFrom);
		periodTo = ((periodTo == null) ? "" : periodTo);
		contactInstitution = ((contactInstitution == null) ? "" : contactInstitution);
		results = ((results == null) ? "" : results);
		links = ((links == null) ? "" : links);
		publicationKind = ((publicationKind == null) ? "" : publicationKind);
		year = ((year == null) ? "" : year);
		authors = ((authors == null) ? "" : authors);
		institutions = ((institutions == null) ? "" : institutions);
		publicationLanguage = ((publicationLanguage == null) ? "" : publicationLanguage);
		publishedOn = ((publishedOn == null) ? "" : publishedOn);
		acronym = ((acronym == null) ? "" : acronym);
		ledBy = ((ledBy == null) ? "" : ledBy);
		scope = ((scope == null) ? "" : scope);
		themes = ((themes == null) ? "" : themes);
		website = ((website == null) ? "" : website);
		members = ((members == null) ? "" : members);
		policyLevel = ((policyLevel == null) ? "" : policyLevel);
		policyType = ((policyType == null) ? "" : policyType);
		sourceDocument = ((sourceDocument == null) ? "" : sourceDocument);
		presentedAt = ((presentedAt == null) ? "" : presentedAt);
		toolCost = ((toolCost == null) ? "" : toolCost);
	}

	static ItemForm empty(ContentKind kind, String language) {
		return new ItemForm(kind.name(), language, "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), "",
				"", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), List.of(),
				"", List.of());
	}

	@Nullable ContentKind contentKind() {
		try {
			return ContentKind.valueOf(this.kind);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Checks what annotations cannot: choices, numbers, dates, lines and their order. */
	void validate(BindingResult errors) {
		var kind = contentKind();
		if (kind == null) {
			errors.rejectValue("kind", "knowledge.validation.choice");
			return;
		}
		if (Language.fromCode(this.originalLanguage).isEmpty()) {
			errors.rejectValue("originalLanguage", "knowledge.validation.choice");
		}
		for (var country : list(this.countries)) {
			if (!Countries.isKnown(country)) {
				errors.rejectValue("countries", "validation.country");
			}
		}
		for (var sector : list(this.sectors)) {
			if (choice(Sector.class, sector) == null) {
				errors.rejectValue("sectors", "knowledge.validation.choice");
			}
		}
		for (var city : list(this.cities)) {
			if (uuid(city) == null) {
				errors.rejectValue("cities", "knowledge.validation.choice");
			}
		}
		for (var id : list(this.gatherings)) {
			if (uuid(id) == null) {
				errors.rejectValue("gatherings", "knowledge.validation.choice");
			}
		}
		for (var id : list(this.related)) {
			if (uuid(id) == null) {
				errors.rejectValue("related", "knowledge.validation.choice");
			}
		}
		year(this.year, "year", errors);
		var from = year(this.periodFrom, "periodFrom", errors);
		var to = year(this.periodTo, "periodTo", errors);
		if (from != null && to != null && to < from) {
			errors.rejectValue("periodTo", "knowledge.validation.periodOrder");
		}
		if (!this.website.isBlank() && !URL.matcher(this.website.strip()).matches()) {
			errors.rejectValue("website", "validation.url");
		}
		parseResults(errors);
		parseLinks(errors);
		lineLengths(this.members, "members", errors);
		lineLengths(this.presentedAt, "presentedAt", errors);
		switch (kind) {
			case PUBLICATION -> {
				if (choice(PublicationKind.class, this.publicationKind) == null) {
					errors.rejectValue("publicationKind", "knowledge.validation.choice");
				}
				if (!this.publicationLanguage.isBlank() && Language.fromCode(this.publicationLanguage).isEmpty()) {
					errors.rejectValue("publicationLanguage", "knowledge.validation.choice");
				}
			}
			case NEWS -> {
				if (date(this.publishedOn) == null) {
					if (Dates.outOfRange(this.publishedOn)) {
						errors.rejectValue("publishedOn", Dates.OUT_OF_RANGE, Dates.bounds(), null);
					}
					else {
						errors.rejectValue("publishedOn", "knowledge.validation.date");
					}
				}
			}
			case TOOL -> {
				if (this.ledBy.isBlank()) {
					errors.rejectValue("ledBy", "validation.required");
				}
				if (!this.toolCost.isBlank() && choice(ToolCost.class, this.toolCost) == null) {
					errors.rejectValue("toolCost", "knowledge.validation.choice");
				}
				for (var language : list(this.toolLanguages)) {
					if (Language.fromCode(language).isEmpty()) {
						errors.rejectValue("toolLanguages", "knowledge.validation.choice");
					}
				}
			}
			case POLICY -> {
				if (list(this.countries).isEmpty()) {
					errors.rejectValue("countries", "validation.required");
				}
				if (choice(PolicyLevel.class, this.policyLevel) == null) {
					errors.rejectValue("policyLevel", "knowledge.validation.choice");
				}
				if (choice(PolicyType.class, this.policyType) == null) {
					errors.rejectValue("policyType", "knowledge.validation.choice");
				}
			}
			default -> {
			}
		}
	}

	List<KnowledgeItem.Result> parseResults(@Nullable BindingResult errors) {
		var parsed = new ArrayList<KnowledgeItem.Result>();
		var number = 0;
		for (var line : lines(this.results)) {
			number++;
			var parts = line.split("\\|", -1);
			BigDecimal value = null;
			Integer baseline = null;
			var ok = parts.length >= 3 && parts.length <= 4;
			if (ok) {
				try {
					value = new BigDecimal(parts[0].strip().replace(",", ""));
					// the column is numeric(20, 6)
					ok = Decimals.fits(value, 14, 6);
				}
				catch (NumberFormatException ex) {
					ok = false;
				}
				if (parts.length == 4 && !parts[3].isBlank()) {
					baseline = parseYear(parts[3]);
					ok = ok && baseline != null;
				}
				ok = ok && !parts[1].isBlank() && !parts[2].isBlank() && parts[1].strip().length() <= 60
						&& parts[2].strip().length() <= 300;
			}
			if (!ok) {
				if (errors != null) {
					errors.rejectValue("results", "knowledge.validation.resultLine", new Object[] { number }, null);
				}
				continue;
			}
			parsed.add(new KnowledgeItem.Result(value, UserText.clean(parts[1]), UserText.clean(parts[2]), baseline));
		}
		return parsed;
	}

	List<KnowledgeItem.Link> parseLinks(@Nullable BindingResult errors) {
		var parsed = new ArrayList<KnowledgeItem.Link>();
		var number = 0;
		for (var line : lines(this.links)) {
			number++;
			var bar = line.lastIndexOf('|');
			var title = (bar < 0) ? line : line.substring(0, bar);
			var url = (bar < 0) ? "" : line.substring(bar + 1).strip();
			if (bar < 0 && URL.matcher(line.strip()).matches()) {
				title = line;
				url = line.strip();
			}
			if (title.isBlank() || title.strip().length() > 300 || (!url.isEmpty() && !URL.matcher(url).matches())
					|| url.length() > 1000) {
				if (errors != null) {
					errors.rejectValue("links", "knowledge.validation.linkLine", new Object[] { number }, null);
				}
				continue;
			}
			parsed.add(new KnowledgeItem.Link(UserText.clean(title), url.isEmpty() ? null : url));
		}
		return parsed;
	}

	/** Each line is stored as one name of up to 300 characters. */
	private static void lineLengths(String text, String field, BindingResult errors) {
		var number = 0;
		for (var line : lines(text)) {
			number++;
			if (line.length() > 300) {
				errors.rejectValue(field, "knowledge.validation.lineTooLong", new Object[] { number, 300 }, null);
				return;
			}
		}
	}

	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	static List<String> list(@Nullable List<String> values) {
		return (values == null) ? List.of() : values.stream().filter((v) -> v != null && !v.isBlank()).toList();
	}

	static @Nullable Integer year(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var year = parseYear(text);
		if (year == null) {
			errors.rejectValue(field, "knowledge.validation.year");
		}
		return year;
	}

	static @Nullable Integer parseYear(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var year = Integer.parseInt(text.strip());
			return Dates.sane(year) ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date within {@link Dates}' bounds, or null. */
	static @Nullable LocalDate date(@Nullable String text) {
		return Dates.parseDate(text);
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable UUID uuid(@Nullable String text) {
		try {
			return (text == null) ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
