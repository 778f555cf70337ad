package org.lccp.review.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.review.ComparativeStudies;
import org.lccp.review.ReviewManagement;
import org.lccp.shared.demo.DemoDatasets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, the pilot peer reviews of Wuhan (2018), Guangzhou (2019) and
 * Gwangju (October 2019) and the 2020 preliminary overviews of Ulan-Ude and Irkutsk as
 * historical records with only what the NEASPEC progress note says (no scores or
 * recommendations: the note gives none), linked to the peer-review workshops the
 * gatherings demo holds; and one open review labelled demo, at the review step, so that
 * every later step can be tried. Runs after the cities, membership and gatherings demos.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class ReviewDemoData implements ApplicationRunner {

	static final String DATASET = "reviews";

	static final String PROGRESS_2020 = "NEA-LCCP progress note (2020), seeds/003, paragraphs 4 and 7-12; SOM-26 note (2023), seeds/002, paragraph 2";

	private final DemoDatasets datasets;

	private final ReviewManagement reviews;

	private final CityDirectory cities;

	private final GatheringManagement gatherings;

	private final AccountManagement accounts;

	private final TransactionTemplate transaction;

	private final ComparativeStudies comparatives;

	ReviewDemoData(DemoDatasets datasets, ReviewManagement reviews, CityDirectory cities,
			GatheringManagement gatherings, AccountManagement accounts, PlatformTransactionManager transactions,
			ComparativeStudies comparatives) {
		this.comparatives = comparatives;
		this.datasets = datasets;
		this.reviews = reviews;
		this.cities = cities;
		this.gatherings = gatherings;
		this.accounts = accounts;
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
		var wuhan = city("CN", "Wuhan|武汉|武漢|우한|Ухань|Ухань|武汉市");
		var guangzhou = city("CN", "Guangzhou|广州|広州|광저우|Гуанчжоу|Гуанжоу|广州市");
		var ulanUde = city("RU", "Ulan-Ude|乌兰乌德|ウラン・ウデ|울란우데|Улан-Удэ|Улаан-Үд|Улан-Удэ");
		var irkutsk = city("RU", "Irkutsk|伊尔库茨克|イルクーツク|이르쿠츠크|Иркутск|Эрхүү|Иркутск");
		var gwangju = this.cities.findCity("KR", "Gwangju");

		this.reviews.recordHistorical(wuhan, null, day(2018, 1), "2018",
				"First pilot peer review study of the platform, with a peer review workshop in Wuhan; approved by "
						+ "SOM-21 (2017) and reported to SOM-22. The source gives the year only.",
				PROGRESS_2020, workshop("CN", "Wuhan"));
		this.reviews.recordHistorical(guangzhou, null, day(2019, 1), "2019",
				"Pilot peer review study with a peer review workshop in Guangzhou; reported to SOM-23. The source "
						+ "gives the year only.",
				PROGRESS_2020, workshop("CN", "Guangzhou"));
		if (gwangju != null) {
			this.reviews.recordHistorical(gwangju, "Low carbon development policy and practice", day(2019, 10),
					"October 2019",
					"International consultation workshop held together with the workshop of the TEMM research project "
							+ "on China-Japan-Korea cities' climate action, co-organised by Gwangju Metropolitan City; "
							+ "experts from China, Japan and the Republic of Korea. Tools discussed: the GHG Projection "
							+ "and Diagnostic Programme (GPD), the GIS-based Urban Carbon Management System (UCMS) and "
							+ "the Carbon Bank Programme (since 2008). The case is part of the 2019 comparative study "
							+ "of China, Japan and Korea.",
					PROGRESS_2020, workshop("KR", "Gwangju"));
		}
		for (var city : List.of(ulanUde, irkutsk)) {
			this.reviews.recordHistorical(city, "Preliminary overview of the status of low carbon city development",
					day(2020, 1), "2020",
					"Preliminary review initiated by the Baikal Institute for Nature Management SB RAS (BINM SB RAS) "
							+ "to support the virtual workshop on Ulan-Ude and Irkutsk proposed for late 2020, in place "
							+ "of the face-to-face workshop in Ulan-Ude tentatively planned for May 2020 and postponed "
							+ "by the COVID-19 pandemic; the note does not say whether the virtual workshop was held.",
					PROGRESS_2020, null);
		}

		// the comparative study: partners as the 2023 note names them; the notes give no
		// chapter texts beyond the Gwangju case
		this.comparatives.recordFromDocuments(
				"Comparative Study on Low Carbon City Policies in China, Japan and the Republic of Korea", 2019,
				"Institute for Global Decarbonization Progress (iGDP)\nInstitute for Global Environmental Strategies (IGES)"
						+ "\nKorea Environment Institute (KEI)",
				"Study of national policies on low carbon cities in China, Japan and the Republic of Korea, carried out "
						+ "by the secretariat with think tanks and institutes; its key findings were reported to SOM-23. The "
						+ "NEASPEC notes call IGES the \u201cInstitute for Global Environmental Studies\u201d; the "
						+ "institute's own name, Institute for Global Environmental Strategies, is used here.",
				"https://neaspec.org/sites/default/files/Comparative%20Study%20on%20LCC-final_0.pdf",
				"NEA-LCCP progress note (2020), seeds/003, paragraphs 4 and 10; SOM-26 note (2023), seeds/002, "
						+ "paragraph 2; SOM-28 note (2025), seeds/001, footnote 1",
				List.of(new ComparativeStudies.Chapter("CN", null), new ComparativeStudies.Chapter("JP", null),
						new ComparativeStudies.Chapter("KR", "Includes the case of Gwangju.")));

		// the open demo review: Incheon's focal point asked, a KEI expert leads
		var incheon = this.cities.findCity("KR", "Incheon");
		var focal = this.accounts.findByEmail("focal.incheon@demo.lccp.example");
		var expert = this.accounts.findByEmail("expert.kei@demo.lccp.example");
		if (incheon != null && focal.isPresent() && expert.isPresent()) {
			this.reviews.openDemoReview(incheon, focal.get().id(), "Demo review: whole plan", "en, ko",
					expert.get().id(), List.of());
		}
	}

	private @Nullable UUID workshop(String country, String city) {
		var cityId = this.cities.findCity(country, city);
		if (cityId == null) {
			return null;
		}
		return this.gatherings.heldIn(cityId)
			.stream()
			.filter((g) -> g.type() == GatheringType.PEER_REVIEW_WORKSHOP)
			.map((g) -> g.id())
			.findFirst()
			.orElse(null);
	}

	/**
	 * A host city of a pilot review; the cities module's demo data registers those the
	 * seeds give no target for, so this module writes no cities itself.
	 */
	private UUID city(String country, String names) {
		var name = names.substring(0, names.indexOf('|'));
		var id = this.cities.findCity(country, name);
		if (id == null) {
			throw new IllegalStateException("demo city " + name + " missing: the cities demo data registers it first");
		}
		return id;
	}

	private static OffsetDateTime day(int year, int month) {
		return OffsetDateTime.of(year, month, 1, 0, 0, 0, 0, ZoneOffset.UTC);
	}

}
