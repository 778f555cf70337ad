package org.lccp.gatherings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

import org.lccp.identity.AccountManagement;
import org.lccp.mail.Mailer;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails a registration brings: confirmed, waitlisted, cancelled, moved up from the
 * waiting list. Each is written in the member's language and carries the gathering as a
 * calendar file; the online link only goes to those with a seat. Sent inside the caller's
 * transaction, so a refused registration mails nothing.
 */
@Component
class GatheringNotices {

	private final AccountManagement accounts;

	private final Mailer mailer;

	private final MessageSource texts;

	private final WebProperties web;

	private final Clock clock;

	GatheringNotices(AccountManagement accounts, Mailer mailer, MessageSource texts, WebProperties web, Clock clock) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.texts = texts;
		this.web = web;
		this.clock = clock;
	}

	/**
	 * A seat, or a place on the waiting list.
	 * @param position the place in line; 0 with a seat
	 */
	void registered(Registration registration, Gathering gathering, int position) {
		send(registration, gathering, registration.getStatus() == RegistrationStatus.CONFIRMED
				? "gatherings.mail.confirmed" : "gatherings.mail.waitlisted", position);
	}

	void cancelled(Registration registration, Gathering gathering) {
		send(registration, gathering, "gatherings.mail.cancelled", 0);
	}

	/** A freed seat went to someone from the waiting list. */
	void promoted(Registration registration, Gathering gathering) {
		send(registration, gathering, "gatherings.mail.promoted", 0);
	}

	private void send(Registration registration, Gathering gathering, String key, int position) {
		var locale = this.accounts.find(registration.getAccountId()).language().locale();
		var zone = ZoneId.of(gathering.getTimeZone());
		var when = GatheringTimes.range(gathering.getStartsAt(), gathering.getEndsAt(), zone, locale);
		var seated = registration.getStatus() == RegistrationStatus.CONFIRMED;
		var args = new Object[] { gathering.getTitle(), when,
				this.texts.getMessage("AttendanceMode." + registration.getMode().name(), null, locale),
				this.web.link("/gatherings/" + gathering.getId()),
				this.web.link("/gatherings/" + gathering.getId() + "/calendar.ics"), position };
		var body = new StringBuilder()
			.append(this.texts.getMessage("mail.greeting", new Object[] { registration.getName() }, locale))
			.append("\n\n")
			.append(this.texts.getMessage(key + ".body", args, locale));
		if (seated && registration.getMode() == AttendanceMode.ONLINE && gathering.getOnlineLink() != null) {
			body.append("\n\n")
				.append(this.texts.getMessage("gatherings.mail.onlineLink", new Object[] { gathering.getOnlineLink() },
						locale));
		}
		body.append("\n\n").append(this.texts.getMessage("mail.signature", null, locale));
		var place = CalendarFeeds.place(gathering.getVenueAddress(), gathering.getVenueCity(),
				gathering.getVenueCountry());
		var calendar = CalendarFeeds.single(gathering.getId(), gathering.getStartsAt(), gathering.getEndsAt(),
				gathering.getTitle(), place, gathering.getSummary(), this.web.link("/gatherings/" + gathering.getId()),
				this.clock.instant());
		this.mailer.send(registration.getEmail(),
				this.texts.getMessage(key + ".subject", new Object[] { gathering.getTitle() }, locale), body.toString(),
				new Mailer.Attachment("gathering-" + gathering.getId() + ".ics", "text/calendar; charset=UTF-8",
						calendar.getBytes(StandardCharsets.UTF_8)));
	}

}
