package org.lccp.gatherings;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lccp.shared.web.UserText;

import org.springframework.format.annotation.DateTimeFormat;

/** The smaller forms of the gatherings pages. */
final class ParticipationForms {

	private ParticipationForms() {
	}

	/** A member's registration with the organisers' questions. */
	record RegistrationForm(@NotNull(message = "{gatherings.registration.modeRequired}") AttendanceMode mode,
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
							message = "{gatherings.feedback.rating}") Integer rating,
			@Size(max = 5000, message = "{validation.tooLong}") String comment) {

		static FeedbackForm empty() {
			return new FeedbackForm(null, "");
		}

	}

	/** An agenda session. */
	record SessionForm(
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@NotNull(message = "{validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@NotNull(message = "{validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@Size(max = 3000, message = "{validation.tooLong}") String speakers,
			@Size(max = 3000, message = "{validation.tooLong}") String moderators,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{validation.url}") String documentUrl) {

		static SessionForm empty() {
			return new SessionForm("", null, null, "", "", "");
		}

		GatheringManagement.SessionDetails toDetails() {
			return new GatheringManagement.SessionDetails(UserText.clean(this.title), this.startsAt, this.endsAt,
					UserText.cleanOrNull(this.speakers), UserText.cleanOrNull(this.moderators),
					UserText.cleanOrNull(this.documentUrl));
		}

	}

	/** A link to a document, presentation, recording, photo or case study. */
	record MaterialForm(@NotNull(message = "{validation.required}") MaterialKind kind,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.tooLong}") String title,
			@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") @Pattern(
					regexp = "^https?://[^\\s<>\"]+$", message = "{validation.url}") String url) {

		static MaterialForm empty() {
			return new MaterialForm(null, "", "");
		}

	}

	/** The outcome report's summary. */
	record OutcomeForm(@NotBlank(message = "{validation.required}") @Size(max = 20000,
			message = "{validation.tooLong}") String summary) {

	}

}
