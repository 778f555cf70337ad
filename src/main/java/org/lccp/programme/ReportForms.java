package org.lccp.programme;

import org.jspecify.annotations.Nullable;

/**
 * The forms of the report pages, as posted: text as typed, checked by {@link Reports}.
 */
final class ReportForms {

	private ReportForms() {
	}

	/** A new report: its title, period and language. */
	record Generate(@Nullable String title, @Nullable String from, @Nullable String to, @Nullable String language) {

		static Generate empty() {
			return new Generate("", "", "", "en");
		}

	}

	/**
	 * The narrative of the four sections; {@code basedOn} is the version the editor saw,
	 * so that an edit made over someone else's newer version is refused, not lost.
	 */
	record Narrative(@Nullable String background, @Nullable String progress, @Nullable String plans,
			@Nullable String issues, @Nullable String basedOn) {

	}

	/** A decision the meeting took on the report. */
	record Decision(@Nullable String meeting, @Nullable String decidedOn, @Nullable String text) {

		static Decision empty() {
			return new Decision("", "", "");
		}

	}

}
