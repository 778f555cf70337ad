package org.lccp.gatherings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.GatheringManagement.GatheringView;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.Feeds;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendar feeds: iCalendar (RFC 5545) for one gathering and for all, and an RSS 2.0
 * feed. They never carry online links.
 */
@Controller
class CalendarFeeds {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final DateTimeFormatter ICAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final GatheringManagement gatherings;

	private final WebProperties web;

	private final MessageSource texts;

	private final Clock clock;

	CalendarFeeds(GatheringManagement gatherings, WebProperties web, MessageSource texts, Clock clock) {
		this.clock = clock;
		this.gatherings = gatherings;
		this.web = web;
		this.texts = texts;
	}

	@GetMapping("/gatherings/calendar.ics")
	ResponseEntity<String> all() {
		return calendar(this.gatherings.feed(500), "lccp-gatherings.ics");
	}

	@GetMapping("/gatherings/{id}/calendar.ics")
	ResponseEntity<String> one(@PathVariable UUID id) {
		var gathering = this.gatherings.gathering(id);
		return calendar(List.of(withoutLink(gathering)), "gathering-" + id + ".ics");
	}

	@GetMapping("/gatherings/feed.rss")
	ResponseEntity<String> rss() {
		var locale = Locale.ENGLISH;
		var entries = new java.util.ArrayList<Feeds.Entry>();
		for (var g : this.gatherings.feed(100)) {
			var s = g.summary();
			if (!storable(g)) {
				continue;
			}
			var when = GatheringTimes.range(s.startsAt(), s.endsAt(), java.time.ZoneId.of(s.timeZone()), locale);
			entries.add(new Feeds.Entry(s.title(), this.web.link("/gatherings/" + s.id()), s.startsAt(),
					when + " · " + place(g) + (g.description() == null ? "" : " · " + g.description()), null));
		}
		return Feeds.answer("rss", this.texts.getMessage("gatherings.feed.title", null, locale),
				this.web.link("/gatherings/feed.rss"), this.web.link("/gatherings"),
				this.texts.getMessage("gatherings.feed.description", null, locale), entries);
	}

	private ResponseEntity<String> calendar(List<GatheringView> events, String filename) {
		var now = ICAL_TIME.format(this.clock.instant());
		var ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//LCCP//Gatherings//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + text(this.texts.getMessage("gatherings.feed.title", null, Locale.ENGLISH)));
		for (var g : events) {
			var s = g.summary();
			if (!storable(g)) {
				continue;
			}
			event(ics, now, s.id(), s.startsAt(), s.endsAt(), s.title(), place(g), g.description(),
					this.web.link("/gatherings/" + s.id()));
		}
		line(ics, "END:VCALENDAR");
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(ics.toString());
	}

	/**
	 * Whether the gathering's times lie within {@link Dates}' bounds. One stored before
	 * the bounds existed (year 99999) cannot be written as an RSS or iCalendar date; it
	 * is left out of the feeds instead of breaking them for every reader.
	 */
	private static boolean storable(GatheringView g) {
		return Dates.sane(g.summary().startsAt()) && Dates.sane(g.summary().endsAt());
	}

	private static GatheringView withoutLink(GatheringView g) {
		return new GatheringView(g.summary(), g.description(), g.venueAddress(), null, g.hasOnlineLink(),
				g.organisers(), g.partners(), g.languages(), g.interpretation(), g.capacityInPerson(),
				g.capacityOnline(), g.registrationDeadline(), g.outcomeSummary(), g.outcomePublishedAt(),
				g.sourceNote(), g.version());
	}

	private static String place(GatheringView g) {
		return place(g.venueAddress(), g.summary().venueCity(), g.summary().venueCountry());
	}

	/** Address, city and country in one line, as calendars show a location. */
	static String place(@Nullable String address, @Nullable String city, @Nullable String country) {
		var parts = new StringBuilder();
		append(parts, address);
		append(parts, city);
		if (country != null) {
			append(parts, Countries.name(country, Locale.ENGLISH));
		}
		return parts.toString();
	}

	private static void append(StringBuilder parts, @Nullable String part) {
		if (part != null && !part.isBlank()) {
			if (!parts.isEmpty()) {
				parts.append(", ");
			}
			parts.append(part);
		}
	}

	/** One VEVENT; the online link is never part of it. */
	static void event(StringBuilder ics, String stamp, java.util.UUID id, Instant start, Instant end, String title,
			String place, @Nullable String description, String url) {
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:gathering-" + id + "@lccp");
		line(ics, "DTSTAMP:" + stamp);
		line(ics, "DTSTART:" + ICAL_TIME.format(start));
		line(ics, "DTEND:" + ICAL_TIME.format(end));
		line(ics, "SUMMARY:" + text(title));
		if (!place.isEmpty()) {
			line(ics, "LOCATION:" + text(place));
		}
		if (description != null) {
			line(ics, "DESCRIPTION:" + text(description));
		}
		line(ics, "URL:" + url);
		line(ics, "END:VEVENT");
	}

	/** A calendar file with one gathering, as attached to a confirmation mail. */
	static String single(java.util.UUID id, Instant start, Instant end, String title, String place,
			@Nullable String description, String url, Instant stamped) {
		var ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//LCCP//Gatherings//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		event(ics, ICAL_TIME.format(stamped), id, start, end, title, place, description, url);
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line folded at 75 octets, never inside a character. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
