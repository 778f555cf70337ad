package org.lccp.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.Decimals;
import org.lccp.shared.web.UserText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The form of an item with its original-language text. One form serves all five kinds;
 * the fields a kind does not use are hidden and ignored. Choices, years and the date are
 * typed, and so are the countries, sectors and tool languages chosen from closed lists
 * and the linked cities, gatherings and related items, bound as ids: a value that does
 * not convert is the binder's {@code typeMismatch} field error. The categories are codes
 * of a list the secretariat keeps in the database, checked against it by the controller
 * ({@link #unknownCategories}). Lists typed in text areas take one entry per line, parts
 * separated by {@code |}.
 */
record ItemForm(@Nullable ContentKind kind, String originalLanguage,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 3000, message = "{validation.tooLong}") String summary,
		@Size(max = 100000, message = "{validation.tooLong}") String body,
		@Size(max = 20000, message = "{validation.tooLong}") String lessons,
		@Size(max = 3000, message = "{validation.tooLong}") String funding, @Nullable List<CountryCode> countries,
		@Nullable List<UUID> cities, @Nullable List<String> categories, @Nullable List<Sector> sectors,
		@Min(value = Dates.EARLIEST_YEAR, message = "{knowledge.validation.year}") @Max(value = Dates.LATEST_YEAR,
				message = "{knowledge.validation.year}") @Nullable Integer periodFrom,
		@Min(value = Dates.EARLIEST_YEAR, message = "{knowledge.validation.year}") @Max(value = Dates.LATEST_YEAR,
				message = "{knowledge.validation.year}") @Nullable Integer periodTo,
		@Size(max = 300, message = "{validation.tooLong}") String contactInstitution,
		@Size(max = 10000, message = "{validation.tooLong}") String results,
		@Size(max = 10000, message = "{validation.tooLong}") String links, @Nullable PublicationKind publicationKind,
		@Min(value = Dates.EARLIEST_YEAR, message = "{knowledge.validation.year}") @Max(value = Dates.LATEST_YEAR,
				message = "{knowledge.validation.year}") @Nullable Integer year,
		@Size(max = 3000, message = "{validation.tooLong}") String authors,
		@Size(max = 3000, message = "{validation.tooLong}") String institutions, String publicationLanguage,
		@DateTimeFormat(pattern = "yyyy-MM-dd") @Nullable LocalDate publishedOn,
		@Size(max = 60, message = "{validation.tooLong}") String acronym,
		@Size(max = 300, message = "{validation.tooLong}") String ledBy,
		@Size(max = 200, message = "{validation.tooLong}") String scope,
		@Size(max = 3000, message = "{validation.tooLong}") String themes,
		@Size(max = 500, message = "{validation.tooLong}") String website,
		@Size(max = 20000, message = "{validation.tooLong}") String members, @Nullable PolicyLevel policyLevel,
		@Nullable PolicyType policyType, @Size(max = 3000, message = "{validation.tooLong}") String sourceDocument,
		@Size(max = 5000, message = "{validation.tooLong}") String presentedAt, @Nullable List<UUID> related,
		@Nullable List<UUID> gatherings, @Nullable ToolCost toolCost, @Nullable List<Language> toolLanguages) {

	private static final Pattern URL = Pattern.compile("^https?://[^\\s<>\"]+$");

	/**
	 * Text fields missing from a post bind as null; the form treats them as empty. Typed
	 * fields stay null when empty.
	 */
	ItemForm {
		originalLanguage = ((originalLanguage == null) ? "" : originalLanguage);
		title = ((title == null) ? "" : title);
		summary = ((summary == null) ? "" : summary);
		body = ((body == null) ? "" : body);
		lessons = ((lessons == null) ? "" : lessons);
		funding = ((funding == null) ? "" : funding);
		contactInstitution = ((contactInstitution == null) ? "" : contactInstitution);
		results = ((results == null) ? "" : results);
		links = ((links == null) ? "" : links);
		authors = ((authors == null) ? "" : authors);
		institutions = ((institutions == null) ? "" : institutions);
		publicationLanguage = ((publicationLanguage == null) ? "" : publicationLanguage);
		acronym = ((acronym == null) ? "" : acronym);
		ledBy = ((ledBy == null) ? "" : ledBy);
		scope = ((scope == null) ? "" : scope);
		themes = ((themes == null) ? "" : themes);
		website = ((website == null) ? "" : website);
		members = ((members == null) ? "" : members);
		sourceDocument = ((sourceDocument == null) ? "" : sourceDocument);
		presentedAt = ((presentedAt == null) ? "" : presentedAt);
	}

	static ItemForm empty(ContentKind kind, String language) {
		return new ItemForm(kind, language, "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), null, null,
				"", "", "", null, null, "", "", "", null, "", "", "", "", "", "", null, null, "", "", List.of(),
				List.of(), null, List.of());
	}

	/**
	 * Checks what annotations and the binder cannot: choices among lists, the order of
	 * years, what each kind needs, and the lines of the structured text fields.
	 */
	void validate(BindingResult errors) {
		var kind = this.kind;
		if (kind == null) {
			if (!errors.hasFieldErrors("kind")) {
				errors.rejectValue("kind", "knowledge.validation.choice");
			}
			return;
		}
		if (Language.fromCode(this.originalLanguage).isEmpty()) {
			errors.rejectValue("originalLanguage", "knowledge.validation.choice");
		}
		var from = this.periodFrom;
		var to = this.periodTo;
		if (from != null && to != null && to < from && !errors.hasFieldErrors("periodFrom")
				&& !errors.hasFieldErrors("periodTo")) {
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
				required(this.publicationKind, "publicationKind", "knowledge.validation.choice", errors);
				if (!this.publicationLanguage.isBlank() && Language.fromCode(this.publicationLanguage).isEmpty()) {
					errors.rejectValue("publicationLanguage", "knowledge.validation.choice");
				}
			}
			case NEWS -> {
				required(this.publishedOn, "publishedOn", "knowledge.validation.date", errors);
				if (this.publishedOn != null && !Dates.sane(this.publishedOn)) {
					errors.rejectValue("publishedOn", Dates.OUT_OF_RANGE, Dates.bounds(), null);
				}
			}
			case TOOL -> {
				if (this.ledBy.isBlank()) {
					errors.rejectValue("ledBy", "validation.required");
				}
			}
			case POLICY -> {
				if (chosen(this.countries).isEmpty() && !errors.hasFieldErrors("countries")) {
					errors.rejectValue("countries", "validation.required");
				}
				required(this.policyLevel, "policyLevel", "knowledge.validation.choice", errors);
				required(this.policyType, "policyType", "knowledge.validation.choice", errors);
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
					baseline = Dates.parseYear(parts[3]);
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

	/**
	 * Refuses categories that are not among the codes the secretariat keeps, rather than
	 * saving the item without them.
	 */
	void unknownCategories(java.util.Collection<String> known, BindingResult errors) {
		if (!errors.hasFieldErrors("categories") && !known.containsAll(list(this.categories))) {
			errors.rejectValue("categories", "knowledge.validation.choice");
		}
	}

	static List<String> list(@Nullable List<String> values) {
		return (values == null) ? List.of() : values.stream().filter((v) -> v != null && !v.isBlank()).toList();
	}

	/**
	 * The values chosen from a closed list, each once (an empty choice binds as null).
	 */
	static <T> List<T> chosen(@Nullable List<T> values) {
		return (values == null) ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * A value the kind needs: missing is asked for, unless what was sent did not convert
	 * (the binder said so already).
	 */
	private static void required(@Nullable Object value, String field, String message, BindingResult errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, message);
		}
	}

	/**
	 * A choice sent as a request parameter rather than a form field (which the binder
	 * converts), or null.
	 */
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
