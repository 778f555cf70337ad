package org.lccp.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** One language version of an item's text. */
record TranslationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@Size(max = 3000, message = "{validation.tooLong}") String summary,
		@Size(max = 100000, message = "{validation.tooLong}") String body,
		@Size(max = 20000, message = "{validation.tooLong}") String lessons,
		@Size(max = 3000, message = "{validation.tooLong}") String funding, String status) {

	/** Fields missing from a post bind as null; the form treats them as empty. */
	TranslationForm {
		title = (title == null) ? "" : title;
		summary = (summary == null) ? "" : summary;
		body = (body == null) ? "" : body;
		lessons = (lessons == null) ? "" : lessons;
		funding = (funding == null) ? "" : funding;
		status = (status == null) ? "" : status;
	}

	static TranslationForm empty() {
		return new TranslationForm("", "", "", "", "", TranslationStatus.HUMAN.name());
	}

	void validate(BindingResult errors, boolean original) {
		var parsed = ItemForm.choice(TranslationStatus.class, this.status);
		if (!original && (parsed == null || parsed == TranslationStatus.ORIGINAL)) {
			errors.rejectValue("status", "knowledge.validation.choice");
		}
	}

}
