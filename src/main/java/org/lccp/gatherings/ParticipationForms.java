package org.lccp.gatherings;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.UserText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The smaller forms of the gatherings pages. Choices, numbers and times are typed: a
 * value that does not convert is the binder's {@code typeMismatch} field error.
 */
final class ParticipationForms {

	private ParticipationForms() {
	}

	/** A member's registration with the organisers' questions. */
	record RegistrationForm(@NotNull(message = "{gatherings.registration.modeRequired}") @Nullable AttendanceMode mode,
			@Size(max = 500, message = "{validation.tooLong}") String dietary,
			@Size(max = 500, message = "{validation.tooLong}") String accessibility,
			@Size(max = 200, message = "{validation.tooLong}") String interpretation) {

		static RegistrationForm empty() {
			return new RegistrationForm(null, "", "", "");
		}

		RegistrationAnswers toAnswers() {
			return new RegistrationAnswers(this.mode, UserText.cleanOrNull(this.dietary),
					UserText.cleanOrNull(this.accessibility), UserText.cleanOrNull(this.interpretation));
		}

	}

	/** A feedback survey answer. */
	record FeedbackForm(
			@NotNull(message = "{gatherings.feedback.rating}") @Min(value = 1,
					message = "{gatherings.feedback.rating}") @Max(value = 5,
							message = "{gatherings.feedback.rating}") @Nullable Integer rating,
			@Size(max = 5000, message = "{validation.tooLong}") String comment) {

		static FeedbackForm empty() {
			return new FeedbackForm(null, "");
		}

		int ratingValue() {
			return this.rating == null ? 0 : this.rating;
		}

	}

	/** An agenda session. */
	record SessionForm(
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = GatheringTimes.INPUT,
					fallbackPatterns = GatheringTimes.INPUT_SECONDS) @Nullable LocalDateTime startsAt,
			@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = GatheringTimes.INPUT,
					fallbackPatterns = GatheringTimes.INPUT_SECONDS) @Nullable LocalDateTime endsAt,
			@Size(max = 3000, message = "{validation.tooLong}") String speakers,
			@Size(max = 3000, message = "{validation.tooLong}") String moderators,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{validation.url}") String documentUrl,
			@Nullable MultipartFile documentFile) {

		static SessionForm empty() {
			return new SessionForm("", null, null, "", "", "", null);
		}

		/** The uploaded session document, when one was chosen. */
		@Nullable MultipartFile upload() {
			return chosen(this.documentFile);
		}

		void validate(BindingResult errors) {
			var start = GatheringForm.withinBounds(this.startsAt, "startsAt", errors);
			var end = GatheringForm.withinBounds(this.endsAt, "endsAt", errors);
			if (start != null && end != null && end.isBefore(start)) {
				errors.rejectValue("endsAt", "gatherings.validation.endBeforeStart");
			}
		}

		GatheringProgramme.SessionDetails toDetails() {
			return new GatheringProgramme.SessionDetails(UserText.clean(this.title), this.startsAt, this.endsAt,
					UserText.cleanOrNull(this.speakers), UserText.cleanOrNull(this.moderators),
					UserText.cleanOrNull(this.documentUrl));
		}

	}

	/**
	 * A document, presentation, recording, photo or case study: a link or an uploaded
	 * file, not both.
	 */
	record MaterialForm(@NotNull(message = "{validation.required}") @Nullable MaterialKind kind,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{validation.url}") String url,
			@Nullable MultipartFile file) {

		static MaterialForm empty() {
			return new MaterialForm(null, "", "", null);
		}

		void validate(BindingResult errors) {
			var hasLink = this.url != null && !this.url.isBlank();
			var hasFile = upload() != null;
			if (!hasLink && !hasFile && !errors.hasFieldErrors("url")) {
				errors.rejectValue("url", "gatherings.material.linkOrFile");
			}
			else if (hasLink && hasFile) {
				errors.rejectValue("file", "gatherings.material.notBoth");
			}
			else if (hasFile && this.kind != null && !this.kind.mayBeUploaded()) {
				errors.rejectValue("file", "gatherings.material.fileNotForKind");
			}
		}

		/** The uploaded file, when one was chosen. */
		@Nullable MultipartFile upload() {
			return chosen(this.file);
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
