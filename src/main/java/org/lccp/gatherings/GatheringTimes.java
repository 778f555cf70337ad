package org.lccp.gatherings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times of gatherings in the gathering's own time zone, named, in the reader's language;
 * for templates as {@code @gatheringTimes}.
 */
@Component("gatheringTimes")
public class GatheringTimes {

	/**
	 * The value of an {@code <input type="datetime-local">}: forms print times so and
	 * read them back (seconds too, as a browser may send them).
	 */
	static final String INPUT = "yyyy-MM-dd'T'HH:mm";

	static final String INPUT_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

	static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
		var startLocal = start.atZone(zone);
		var endLocal = end.atZone(zone);
		var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
		String text;
		if (startLocal.toLocalDate().equals(endLocal.toLocalDate())) {
			text = startLocal.toLocalDateTime().format(dateTime) + " – " + endLocal.toLocalTime()
				.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
		}
		else {
			text = startLocal.toLocalDateTime().format(dateTime) + " – " + endLocal.toLocalDateTime().format(dateTime);
		}
		return text + " (" + zone.getId() + ")";
	}

	public String range(Instant start, Instant end, String zone) {
		return range(start, end, ZoneId.of(zone), LocaleContextHolder.getLocale());
	}

	public String date(Instant instant, String zone) {
		return instant.atZone(ZoneId.of(zone))
			.toLocalDate()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale()));
	}

	public String time(@Nullable Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		return instant.atZone(ZoneId.of(zone))
			.toLocalDateTime()
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(LocaleContextHolder.getLocale())) + " (" + zone + ")";
	}

	public String hours(Instant start, Instant end, String zone) {
		var format = DateTimeFormatter.ofPattern("HH:mm");
		var z = ZoneId.of(zone);
		return start.atZone(z).format(format) + "–" + end.atZone(z).format(format);
	}

}
