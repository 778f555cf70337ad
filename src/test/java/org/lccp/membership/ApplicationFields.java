package org.lccp.membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fields of a complete membership application form as a browser posts them, to be
 * changed field by field for a test.
 */
final class ApplicationFields {

	private static final Pattern APPLICATION_ID = Pattern.compile("/membership/applications/([0-9a-f-]{36})$");

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	private ApplicationFields() {
	}

	/** A complete research-institution application, submitted rather than saved. */
	static ApplicationFields complete(String nameEnglish) {
		return new ApplicationFields().set("nameOriginal", "연구원 " + nameEnglish)
			.set("nameEnglish", nameEnglish)
			.set("type", "RESEARCH_INSTITUTION")
			.set("country", "KR")
			.set("city", "Sejong")
			.set("website", "https://research.example.org")
			.set("activities", "Studies city energy plans and trains municipal staff on carbon accounting.")
			.set("interests", "INFORMATION_SHARING", "CAPACITY_BUILDING")
			.set("sectors", "ENERGY_SUPPLY", "BUILDINGS")
			.set("contactName", "Lee Seoyeon")
			.set("contactPosition", "Senior researcher")
			.set("contactEmail", "lee.seoyeon@research.example.org")
			.set("contactPhone", "+82 44 415 7777")
			.set("offersExperts", "true")
			.set("resourceCentreArea", "CAPACITY_BUILDING")
			.set("action", "submit");
	}

	/** A complete local-government application. */
	static ApplicationFields city(String nameEnglish, String country, String city) {
		return complete(nameEnglish).set("type", "LOCAL_GOVERNMENT").set("country", country).set("city", city);
	}

	/** A name nobody else in the shared test database uses. */
	static String uniqueName(String prefix) {
		var letters = new StringBuilder();
		for (var digit : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append((char) ('a' + Character.digit(digit, 16)));
		}
		letters.setCharAt(0, Character.toUpperCase(letters.charAt(0)));
		return prefix + " " + letters;
	}

	ApplicationFields set(String name, String... values) {
		this.fields.put(name, List.of(values));
		return this;
	}

	ApplicationFields without(String name) {
		this.fields.remove(name);
		return this;
	}

	String[] toArray() {
		var pairs = new ArrayList<String>();
		this.fields.forEach((name, values) -> values.forEach((value) -> {
			pairs.add(name);
			pairs.add(value);
		}));
		return pairs.toArray(String[]::new);
	}

	/** The application id in the redirect after a successful post. */
	static UUID idFrom(String location) {
		var matcher = APPLICATION_ID.matcher(location);
		if (!matcher.find()) {
			throw new AssertionError("Not a redirect to an application: " + location);
		}
		return UUID.fromString(matcher.group(1));
	}

}
