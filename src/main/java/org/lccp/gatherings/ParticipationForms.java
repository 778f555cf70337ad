package org.lccp.gatherings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.UserText;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The smaller forms of the gatherings pages. Choices, numbers and times arrive as text
 * and are checked here, so that nonsense gives a field error rather than a failed
 * binding.
 */
final class ParticipationForms {

	private ParticipationForms() {
	}

	/** A member's registration with the organisers' questions. */
	record RegistrationForm(String mode, @Size(max = 500, message = "{validation.tooLong}") String dietary,
			@Size(max = 500, message = "{validation.tooLong}") String accessibility,
			@Size(max = 200, message = "{validation.tooLong}") String interpretation) {

		static RegistrationForm empty() {
			return new RegistrationForm("", "", "", "");
		}

		void validate(BindingResult errors) {
			if (FormValues.parseChoice(AttendanceMode.class, this.mode) == null) {
				errors.rejectValue("mode", "gatherings.registration.modeRequired");
			}
		}

		RegistrationAnswers toAnswers() {
			return new RegistrationAnswers(FormValues.parseChoice(AttendanceMode.class, this.mode),
					UserText.cleanOrNull(this.dietary), UserText.cleanOrNull(this.accessibility),
					UserText.cleanOrNull(this.interpretation));
		}

	}

	/** A feedback survey answer. */
	record FeedbackForm(String rating, @Size(max = 5000, message = "{validation.tooLong}") String comment) {

		static FeedbackForm empty() {
			return new FeedbackForm("", "");
		}

		void validate(BindingResult errors) {
			var value = FormValues.parseInteger(this.rating);
			if (value == null || value < 1 || value > 5) {
				errors.rejectValue("rating", "gatherings.feedback.rating");
			}
		}

		int ratingValue() {
			var value = FormValues.parseInteger(this.rating);
			return value == null ? 0 : value;
		}

	}

	/** An agenda session. */
	record SessionForm(
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@NotBlank(message = "{validation.required}") String startsAt,
			@NotBlank(message = "{validation.required}") String endsAt,
			@Size(max = 3000, message = "{validation.tooLong}") String speakers,
			@Size(max = 3000, message = "{validation.tooLong}") String moderators,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{validation.url}") String documentUrl,
			@Nullable MultipartFile documentFile) {

		static SessionForm empty() {
			return new SessionForm("", "", "", "", "", "", null);
		}

		/** The uploaded session document, when one was chosen. */
		@Nullable MultipartFile upload() {
			return chosen(this.documentFile);
		}

		void validate(BindingResult errors) {
			var start = FormValues.dateTime(this.startsAt, "startsAt", errors);
			var end = FormValues.dateTime(this.endsAt, "endsAt", errors);
			if (start != null && end != null && end.isBefore(start)) {
				errors.rejectValue("endsAt", "gatherings.validation.endBeforeStart");
			}
		}

		GatheringProgramme.SessionDetails toDetails() {
			return new GatheringProgramme.SessionDetails(UserText.clean(this.title),
					FormValues.parseDateTime(this.startsAt), FormValues.parseDateTime(this.endsAt),
					UserText.cleanOrNull(this.speakers), UserText.cleanOrNull(this.moderators),
					UserText.cleanOrNull(this.documentUrl));
		}

	}

	/**
	 * A document, presentation, recording, photo or case study: a link or an uploaded
	 * file, not both.
	 */
	record MaterialForm(@NotBlank(message = "{validation.required}") String kind,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{validation.url}") String url,
			@Nullable MultipartFile file) {

		static MaterialForm empty() {
			return new MaterialForm("", "", "", null);
		}

		void validate(BindingResult errors) {
			var kind = FormValues.choice(MaterialKind.class, this.kind, "kind", errors);
			var hasLink = this.url != null && !this.url.isBlank();
			var hasFile = upload() != null;
			if (!hasLink && !hasFile && !errors.hasFieldErrors("url")) {
				errors.rejectValue("url", "gatherings.material.linkOrFile");
			}
			else if (hasLink && hasFile) {
				errors.rejectValue("file", "gatherings.material.notBoth");
			}
			else if (hasFile && kind != null && !kind.mayBeUploaded()) {
				errors.rejectValue("file", "gatherings.material.fileNotForKind");
			}
		}

		/** The uploaded file, when one was chosen. */
		@Nullable MultipartFile upload() {
			return chosen(this.file);
		}

		@Nullable MaterialKind kindValue() {
			return FormValues.parseChoice(MaterialKind.class, this.kind);
		}

	}

	/**
	 * A file input left empty still sends a part without a name; a chosen file has a name
	 * (even when it is empty, which the file store then refuses).
	 */
	private static @Nullable MultipartFile chosen(@Nullable MultipartFile file) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return null;
		}
		return file;
	}

	/** The outcome report's summary. */
	record OutcomeForm(@NotBlank(message = "{validation.required}") @Size(max = 20000,
			message = "{validation.tooLong}") String summary) {

	}

}
