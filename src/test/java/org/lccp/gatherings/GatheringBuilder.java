package org.lccp.gatherings;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

import org.lccp.shared.security.Role;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds gatherings for tests: an upcoming hybrid workshop in Seoul unless told
 * otherwise.
 */
final class GatheringBuilder {

	private String title = "Test workshop " + UUID.randomUUID().toString().substring(0, 8);

	private GatheringFormat format = GatheringFormat.HYBRID;

	private Integer inPerson = 20;

	private Integer online = 50;

	private LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(30).withNano(0);

	private Duration length = Duration.ofHours(8);

	private LocalDateTime deadline;

	private String onlineLink = "https://meet.example.org/" + UUID.randomUUID();

	static GatheringBuilder aGathering() {
		return new GatheringBuilder();
	}

	GatheringBuilder titled(String title) {
		this.title = title;
		return this;
	}

	GatheringBuilder format(GatheringFormat format) {
		this.format = format;
		return this;
	}

	GatheringBuilder seats(Integer inPerson, Integer online) {
		this.inPerson = inPerson;
		this.online = online;
		return this;
	}

	GatheringBuilder registrationClosedSince(int days) {
		this.deadline = LocalDateTime.now(ZoneId.of("Asia/Seoul")).minusDays(days);
		return this;
	}

	GatheringBuilder registrationClosingInDays(int days) {
		this.deadline = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(days).withNano(0);
		return this;
	}

	GatheringBuilder startingInDays(long days) {
		this.start = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(days).withNano(0);
		return this;
	}

	GatheringBuilder lastingDays(long days) {
		this.length = Duration.ofDays(days);
		return this;
	}

	String onlineLink() {
		return this.onlineLink;
	}

	String title() {
		return this.title;
	}

	GatheringDetails details() {
		return new GatheringDetails(this.title, GatheringType.WORKSHOP, this.format, "Carbon neutrality",
				"A workshop for tests.", this.start, this.start.plus(this.length), ZoneId.of("Asia/Seoul"), "Incheon",
				"KR", "G-Tower, Songdo", this.format == GatheringFormat.IN_PERSON ? null : this.onlineLink,
				"UN ESCAP ENEA", "Incheon Metropolitan City", "English, Korean", "Korean–English", this.inPerson,
				this.online, this.deadline);
	}

	/**
	 * Creates the gathering as the secretariat (the facade checks the role; no account is
	 * needed for that).
	 */
	UUID createWith(GatheringProgramme gatherings) {
		return asSecretariat(() -> gatherings.create(details()));
	}

	/**
	 * Runs the work with the secretariat's role, as the system, then restores who was
	 * signed in.
	 */
	static <T> T asSecretariat(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(new TestingAuthenticationToken("test-secretariat", null, Role.SECRETARIAT.authority()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static void asSecretariat(Runnable work) {
		asSecretariat(() -> {
			work.run();
			return null;
		});
	}

}
