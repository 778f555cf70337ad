package org.lccp.gatherings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.GatheringProgramme.SessionDetails;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.demo.SeedQuotes;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, the platform's gatherings as the NEASPEC documents in
 * {@code shared/seeds} describe them, with the participant figures they report, plus two
 * upcoming gatherings marked as demo so that registration can be tried. It sits in the
 * module's own package because it writes through the facade's unchecked, package-private
 * paths: it runs at start-up with nobody signed in. Each record quotes the passage its
 * dates and figures come from ({@link SeedQuotes}). Where a document gives only the month
 * or the year, the record says so and uses the first day; organisations that only took
 * part are named in the summary, not as partners.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class GatheringsDemoData implements ApplicationRunner {

	static final String DATASET = "gatherings";

	static final String SOM19 = "NEASPEC SOM-19 note (2014), seeds/004";

	static final String PROGRESS_2020 = "NEA-LCCP progress note (2020), seeds/003";

	static final String SOM26 = "NEASPEC SOM-26 note (2023), seeds/002";

	static final String SOM28 = "NEASPEC SOM-28 note (2025), seeds/001";

	static final String F001 = "001_25447d6cc67d0e0e.txt";

	static final String F002 = "002_2e89dc3ffa5a9aa5.txt";

	static final String F003 = "003_4f79258754343e82.txt";

	static final String F004 = "004_c3440f71eb9fe9b5.txt";

	private static final String PEER_REVIEWS = "The Secretariat facilitated the pilot peer review studies and workshops "
			+ "in Wuhan city (2018) and Guangzhou city (2019) in China";

	private static final String DERIVED = "Demo data derived from public documents: ";

	private static final String ESCAP = "UN ESCAP East and North-East Asia Office (NEASPEC secretariat)";

	private final DemoDatasets datasets;

	private final GatheringProgramme gatherings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	GatheringsDemoData(DemoDatasets datasets, GatheringProgramme gatherings, PlatformTransactionManager transactions,
			Clock clock) {
		this.clock = clock;
		this.datasets = datasets;
		this.gatherings = gatherings;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.datasets.claim(DATASET)) {
				load();
			}
		});
	}

	void load() {
		var seoul = ZoneId.of("Asia/Seoul");
		var beijing = ZoneId.of("Asia/Shanghai");
		var ulaanbaatar = ZoneId.of("Asia/Ulaanbaatar");

		past(GatheringType.CONFERENCE, GatheringFormat.IN_PERSON,
				"Suwon Conference on Low Carbon, Green Cities in North-East Asia", "Low carbon, green cities",
				"Consulted on resource efficiency and urban challenges and proposed that NEASPEC act as an information "
						+ "platform for low carbon, green city strategies and as a catalyst for capacity development "
						+ "among cities. The source gives the year (2011) only.",
				day(2011, 1, 1), day(2011, 1, 1), seoul, "Suwon", "KR", ESCAP, null,
				cite(SOM19, F004,
						"followed by the Suwon Conference on Low Carbon, Green Cities in North-East Asia in 2011"),
				null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"18th Senior Officials Meeting of NEASPEC (SOM-18)", "Subregional partnership on low carbon cities",
				"Member States supported the proposal to launch the Subregional Partnership on Low Carbon City.",
				day(2013, 11, 5), day(2013, 11, 6), ulaanbaatar, "Ulaanbaatar", "MN", ESCAP, null,
				cite(SOM19, F004,
						"received support by member States at the 18th Senior Officials Meeting (SOM-18) held on 5-6 "
								+ "November 2013, in Ulaanbaatar, Mongolia."),
				null, null);
		var beijingSymposium = past(GatheringType.SYMPOSIUM, GatheringFormat.IN_PERSON,
				"International Symposium \u201cRealizing Low Carbon Cities in North-East Asia\u201d",
				"Policy, tools and methodology, finance and knowledge sharing for low carbon cities",
				"Experts, academia, subregional and international agencies and city representatives reviewed low carbon "
						+ "city work in the subregion; the symposium supported launching a subregional platform.",
				day(2013, 12, 5), day(2013, 12, 6), beijing, "Beijing", "CN",
				ESCAP + "\nInstitute for Urban and Environmental Studies, Chinese Academy of Social Sciences (CASS)",
				null,
				cite(SOM19, F004,
						"held the international symposium \u201cRealizing Low Carbon Cities in North-East Asia\u201d in "
								+ "Beijing on 5-6 December 2013."),
				null, null);
		this.gatherings.addDocumentedSession(beijingSymposium,
				new SessionDetails("Workshop of agencies working on low carbon cities in the subregion",
						LocalDateTime.of(2013, 12, 6, 9, 0), LocalDateTime.of(2013, 12, 6, 17, 0), null, null, null));
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"19th Senior Officials Meeting of NEASPEC (SOM-19)",
				"Launch of the North-East Asia Low Carbon City Platform",
				"Endorsed the launch of the platform. The source gives the year (2014) only, and not the venue.",
				day(2014, 1, 1), day(2014, 1, 1), seoul, null, null, ESCAP, null,
				cite(PROGRESS_2020, F003, "Endorsed by the SOM-19 in 2014"), null, null);
		// Over twenty mayors, ESCAP and ADB took part: participants, not partners.
		past(GatheringType.FORUM, GatheringFormat.IN_PERSON, "First North-East Asian Mayors' Forum",
				"Sustainable and Inclusive Cities",
				"Hosted by Ulaanbaatar City and opened by the President of Mongolia; over twenty mayors from all NEASPEC "
						+ "member States and representatives of municipalities and international organisations, "
						+ "including ESCAP and ADB, took part. The source gives the month (August 2014) only.",
				day(2014, 8, 1), day(2014, 8, 1), ulaanbaatar, "Ulaanbaatar", "MN", "Ulaanbaatar City", null,
				cite(SOM19, F004,
						"hosting the first North-East Asian Mayors\u2019 Forum in August 2014 under the theme "
								+ "\u201cSustainable and Inclusive Cities\u201d, which was hosted by Ulaanbaatar City and "
								+ "opened by the President of Mongolia."),
				null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"20th Senior Officials Meeting of NEASPEC (SOM-20)", "Terms of Reference of the platform",
				"Adopted the Terms of Reference of the platform. The source gives the year (2015) only, and not the "
						+ "venue.",
				day(2015, 1, 1), day(2015, 1, 1), seoul, null, null, ESCAP, null,
				cite(PROGRESS_2020, F003, "The Terms of Reference adopted by SOM-20 in 2015"), null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"21st Senior Officials Meeting of NEASPEC (SOM-21)", "Peer reviews and comparative study",
				"Approved the pilot peer review studies and the comparative study of national policies. The source "
						+ "gives the year (2017) only, and not the venue.",
				day(2017, 1, 1), day(2017, 1, 1), seoul, null, null, ESCAP, null,
				cite(SOM26, F002, "Approved by SOM-21 in 2017, the pilot peer review studies were conducted"), null,
				null);
		past(GatheringType.PEER_REVIEW_WORKSHOP, GatheringFormat.IN_PERSON, "Peer review workshop in Wuhan",
				"Pilot peer review of Wuhan's low carbon development",
				"Workshop of the first pilot peer review study of the platform. The source gives the year (2018) only.",
				day(2018, 1, 1), day(2018, 1, 1), beijing, "Wuhan", "CN", ESCAP, null,
				cite(PROGRESS_2020, F003, PEER_REVIEWS), null, null);
		past(GatheringType.PEER_REVIEW_WORKSHOP, GatheringFormat.IN_PERSON, "Peer review workshop in Guangzhou",
				"Pilot peer review of Guangzhou's low carbon development",
				"Workshop of the pilot peer review study of Guangzhou. The source gives the year (2019) only.",
				day(2019, 1, 1), day(2019, 1, 1), beijing, "Guangzhou", "CN", ESCAP, null,
				cite(PROGRESS_2020, F003, PEER_REVIEWS), null, null);
		past(GatheringType.PEER_REVIEW_WORKSHOP, GatheringFormat.IN_PERSON,
				"International consultation workshop for the peer review of Gwangju, with the TEMM research workshop",
				"Gwangju's low carbon development policy and practice",
				"In-depth review of Gwangju's low carbon development, its monitoring of carbon emissions and awareness "
						+ "raising, with experts from China, Japan and the Republic of Korea; held together with the "
						+ "workshop of the TEMM research project on China-Japan-Korea cities' climate action. The source "
						+ "gives the month (October 2019) only.",
				day(2019, 10, 1), day(2019, 10, 1), seoul, "Gwangju", "KR", ESCAP + "\nGwangju Metropolitan City",
				"TEMM research project team",
				cite(PROGRESS_2020, F003,
						"An international consultation workshop for the peer review of Gwangju city, ROK, was organized "
								+ "together with the TEMM research workshop in October 2019"),
				null, null);
		// The note proposes this workshop and does not say it was held; the record says
		// so
		// in its title, so that it is not read as a past event that took place.
		var proposedWorkshop = past(GatheringType.WORKSHOP, GatheringFormat.ONLINE,
				"Proposed virtual workshop on low carbon development of Ulan-Ude and Irkutsk (not confirmed as held)",
				"Status of low carbon city development in Ulan-Ude and Irkutsk",
				"Proposed as an interim online activity in place of the face-to-face workshop in Ulan-Ude (planned with "
						+ "BINM SB RAS for May 2020 and postponed by the COVID-19 pandemic), to share the preliminary "
						+ "review by BINM SB RAS with international participants. The source proposes it for late 2020 "
						+ "without a date and does not confirm that it was held.",
				day(2020, 12, 1), day(2020, 12, 1), ZoneId.of("Asia/Irkutsk"), null, null, ESCAP, null,
				cite(PROGRESS_2020, F003, "As an interim activity, a virtual workshop is proposed for late 2020"), null,
				null);
		this.gatherings.markUnconfirmed(proposedWorkshop);
		past(GatheringType.FORUM, GatheringFormat.IN_PERSON, "1st International Forum on Low Carbon Cities",
				"City-led climate action",
				"The notes say that the secretariat and Incheon Metropolitan City have organised the International "
						+ "Forum on Low Carbon Cities since 2021; they give the year (2021) only, and no venue or "
						+ "figures for the first one.",
				day(2021, 1, 1), day(2021, 1, 1), seoul, null, null, ESCAP + "\nIncheon Metropolitan City", null,
				cite(SOM26, F002, "has organized the International Forum on Low Carbon Cities since 2021"), null, null);
		past(GatheringType.TRAINING, GatheringFormat.IN_PERSON,
				"Training workshop on low carbon and resilient cities in Ulaanbaatar",
				"Science, technology and innovation for low carbon and resilient cities",
				"Organised under the project \u201cLeveraging Science, Technology and Innovation (STI) for Low Carbon and "
						+ "Resilient Cities\u201d. The source gives the year (2021) only.",
				day(2021, 1, 1), day(2021, 1, 1), ulaanbaatar, "Ulaanbaatar", "MN", ESCAP, null,
				cite(SOM28, F001, "the secretariat organized a training workshop in Ulaanbaatar, Mongolia, in 2021."),
				null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"25th Senior Officials Meeting of NEASPEC (SOM-25)", "Review of programme planning and implementation",
				"The source gives the month (September 2022) only, and not the venue.", day(2022, 9, 1),
				day(2022, 9, 1), seoul, null, null, ESCAP, null,
				cite(SOM26, F002, "Since the SOM-25, held in September 2022"), null, null);
		// ICLEI East Asia, CityNet and C40 spoke at the forum: participants, not
		// partners.
		past(GatheringType.FORUM, GatheringFormat.HYBRID, "2nd International Forum on Low Carbon Cities",
				"City-led climate action: net-zero policies, nature-based solutions, circular economy",
				"High-level speakers, climate experts and representatives of local governments, international and "
						+ "regional organisations, city networks and civil society; the city networks ICLEI East Asia, "
						+ "CityNet and C40 exchanged their perspectives. Incheon announced carbon neutrality by 2045, "
						+ "five years ahead of the national target. The source reports over 150 in-person and "
						+ "approximately 300 online participants.",
				day(2022, 12, 6), day(2022, 12, 8), seoul, "Incheon", "KR", ESCAP + "\nIncheon Metropolitan City", null,
				cite(SOM26, F002,
						"The Secretariat organized the 2nd International Forum on Low Carbon Cities in Incheon, Republic "
								+ "of Korea, from 6 to 8 December 2022. The Forum was attended by over 150",
						"in-person participants and approximately 300 online participants"),
				150, 300);
		past(GatheringType.FORUM, GatheringFormat.HYBRID, "3rd International Forum on Low Carbon Cities",
				"City-led climate action",
				"Held during the 2023 Korea Global Adaptation Week. The source reports over 200 on-site and approximately "
						+ "120 online participants.",
				day(2023, 8, 29), day(2023, 8, 29), seoul, "Incheon", "KR", ESCAP + "\nIncheon Metropolitan City", null,
				cite(SOM26, F002,
						"On 29 August 2023, the 3rd International Forum on Low Carbon Cities was organized in Incheon, "
								+ "Republic of Korea, during the 2023 Korea Global Adaptation Week. It attracted over 200 "
								+ "on-site participants and approximately 120 online participants"),
				200, 120);
		past(GatheringType.WORKSHOP, GatheringFormat.IN_PERSON,
				"City-led Climate Innovations: Driving Changes to Safeguard Our Future (parallel session, 8th Asia-Pacific Urban Forum)",
				"Innovations of cities in reducing greenhouse gas emissions",
				"Parallel session based on the Low Carbon Cities Compendium of Best Practices.", day(2023, 10, 24),
				day(2023, 10, 24), seoul, "Suwon", "KR", ESCAP, null,
				cite(SOM26, F002,
						"in Suwon, Republic of Korea, on 24 October 2023, as a parallel session of the 8th Asia-Pacific "
								+ "Urban Forum"),
				null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"26th Senior Officials Meeting of NEASPEC (SOM-26)", "Review of programme planning and implementation",
				null, day(2023, 11, 23), day(2023, 11, 24), seoul, "Seoul", "KR", ESCAP, null,
				cite(SOM26, F002,
						"Twenty-sixth Senior Officials Meeting (SOM-26) of NEASPEC 23-24 November 2023 Seoul, Republic "
								+ "of Korea"),
				null, null);
		// "convened jointly by ESCAP in collaboration with NEASPEC, Incheon Metropolitan
		// City, APLP-CITIES, and UN-Habitat": ESCAP organises, the others are partners.
		past(GatheringType.FORUM, GatheringFormat.HYBRID, "5th International Forum on Low Carbon Cities",
				"Rethinking Urban Climate Actions under Demographic Change",
				"Held alongside the 2025 Regional Partners Forum on Sustainable Urban Development, in person at the "
						+ "United Nations Conference Centre in Bangkok and online through Microsoft Teams, in three "
						+ "sessions on how cities can navigate demographic change while advancing climate action.",
				day(2025, 8, 25), day(2025, 8, 25), ZoneId.of("Asia/Bangkok"), "Bangkok", "TH", "ESCAP",
				"NEASPEC\nIncheon Metropolitan City\nAPLP-CITIES\nUN-Habitat",
				cite(SOM28, F001,
						"organizing the 5<sup>th</sup> International Forum on Low Carbon Cities back-to-back to the "
								+ "Regional Partners Forum on 25<sup>th</sup> August 2025"),
				null, null);
		past(GatheringType.SENIOR_OFFICIALS_MEETING, GatheringFormat.IN_PERSON,
				"28th Senior Officials Meeting of NEASPEC (SOM-28)", "Review of programme planning and implementation",
				"Reviews the activity plan for low carbon cities in 2026.", day(2025, 9, 22), day(2025, 9, 23),
				ulaanbaatar, "Ulaanbaatar", "MN", ESCAP, null,
				cite(SOM28, F001,
						"Twenty-eighth Senior Officials Meeting (SOM-28) of the North-East Asian Subregional Programme "
								+ "for Environmental Cooperation (NEASPEC) 22-23 September 2025 Ulaanbaatar, Mongolia"),
				null, null);

		// Upcoming gatherings to try registration with; invented for the demo.
		var today = LocalDate.now(this.clock.withZone(seoul));
		var training = this.gatherings
			.recordFromDocuments(new GatheringDetails("Training workshop on city greenhouse gas inventories (demo)",
					GatheringType.TRAINING, GatheringFormat.HYBRID, "GHG inventories (GPC)",
					"A demo gathering for trying registration, the waiting list and check-in; it is not a real event.",
					today.plusDays(45).atTime(9, 30), today.plusDays(45).atTime(17, 0), seoul, "Incheon", "KR",
					"G-Tower, Songdo, Incheon", "https://meet.example.org/lccp-demo-training", ESCAP,
					"Incheon Metropolitan City", "English, Korean", "Korean\u2013English", 30, 100,
					today.plusDays(40).atTime(18, 0)), true, "Invented demo gathering (not from the source documents)",
					null, null);
		this.gatherings.addDocumentedSession(training,
				new SessionDetails("Opening and introduction to the GPC", today.plusDays(45).atTime(9, 30),
						today.plusDays(45).atTime(10, 30), "Secretariat officer (demo), UN ESCAP ENEA", null, null));
		this.gatherings.addDocumentedSession(training,
				new SessionDetails("Hands-on: activity data and emission factors", today.plusDays(45).atTime(11, 0),
						today.plusDays(45).atTime(16, 30), null, "Secretariat officer (demo), UN ESCAP ENEA", null));
		this.gatherings.recordFromDocuments(new GatheringDetails(
				"Webinar: the Booklet on Low Carbon City Networks (demo)", GatheringType.WEBINAR,
				GatheringFormat.ONLINE, "Low carbon city networks",
				"A demo webinar for trying online registration; the booklet is planned in the SOM-28 note, the webinar "
						+ "is invented.",
				today.plusDays(20).atTime(14, 0), today.plusDays(20).atTime(15, 30), seoul, null, null, null,
				"https://meet.example.org/lccp-demo-webinar", ESCAP, null, "English", null, null, 300, null), true,
				"Invented demo gathering; the booklet is described in " + SOM28, null, null);
	}

	private java.util.UUID past(GatheringType type, GatheringFormat format, String title, String theme,
			@Nullable String summary, LocalDate start, LocalDate end, ZoneId zone, @Nullable String city,
			@Nullable String country, String organisers, @Nullable String partners, String source,
			@Nullable Integer reportedInPerson, @Nullable Integer reportedOnline) {
		var details = new GatheringDetails(title, type, format, theme, summary, start.atTime(LocalTime.of(9, 0)),
				end.atTime(LocalTime.of(18, 0)), zone, city, country, null, null, organisers, partners, null, null,
				null, null, null);
		return this.gatherings.recordFromDocuments(details, false, DERIVED + source, reportedInPerson, reportedOnline);
	}

	private static String cite(String where, String file, String... passages) {
		return SeedQuotes.cite(where, file, passages);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
