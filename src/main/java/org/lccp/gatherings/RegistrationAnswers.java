package org.lccp.gatherings;

import org.jspecify.annotations.Nullable;

/**
 * What a participant tells when registering.
 *
 * @param mode in person or online
 * @param dietary dietary needs
 * @param accessibility accessibility needs
 * @param interpretation the language they need interpretation into, if any
 */
public record RegistrationAnswers(AttendanceMode mode, @Nullable String dietary, @Nullable String accessibility,
		@Nullable String interpretation) {

	public static RegistrationAnswers of(AttendanceMode mode) {
		return new RegistrationAnswers(mode, null, null, null);
	}

}
