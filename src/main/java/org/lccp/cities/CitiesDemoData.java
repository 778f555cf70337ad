package org.lccp.cities;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.demo.SeedQuotes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, every city target that the NEASPEC documents in
 * {@code shared/seeds} state, the national commitments they describe, and the population
 * and area they give for Japan's Eco-Model Cities. Each target cites its document and
 * quotes the passage its figures come from ({@link org.lccp.shared.demo.SeedQuotes}); a
 * value the documents do not give is left empty. City names in the six languages and
 * coordinates of the city centres are general reference facts, not taken from the seeds.
 * It sits in the module's own package because it writes through the package-private
 * {@link CitySeeds}: it runs at start-up with nobody signed in. It also registers the
 * cities other modules' demo data attach their records to (the hosts of the pilot peer
 * reviews, the fictitious training city), each set once per database, so that no other
 * module needs a writer of cities without access checks.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class CitiesDemoData implements ApplicationRunner {

	static final String DATASET = "cities";

	/** The cities that hosted the pilot peer reviews, for the reviews' demo data. */
	static final String REVIEW_HOSTS = "cities-review-hosts";

	/** The fictitious city of the training inventory, for the inventory's demo data. */
	static final String TRAINING = "cities-training";

	static final String TRAINING_COUNTRY = "XX";

	static final String TRAINING_CITY = "Sampleton (fictitious training city)";

	static final String TRAINING_SOURCE = "Fictitious training data set of the platform (illustrative, not a real city); "
			+ "factors: IPCC 2006 Guidelines defaults, AR5 GWP";

	private static final String CITY_SOURCE = "Names and coordinates of the city centre: general reference, not from the seed documents";

	private static final Logger log = LoggerFactory.getLogger(CitiesDemoData.class);

	static final String SOM19 = "NEASPEC SOM-19 note (2014), seed 004_c3440f71eb9fe9b5";

	static final String SOM19_SUMMARY = SOM19 + ", Annex Table 1 'LCC initiatives and programmes in North-East Asia'";

	static final String SOM19_CHINA = SOM19
			+ ", Table 1 'Low carbon development targets and actions proposed by Chinese cities' (after LBNL 2012)";

	static final String SOM19_JAPAN = SOM19 + ", Table 2 'Targets of 13 Eco-Model Cities' (Cabinet Secretariat, 2009)";

	static final String SOM19_KOREA = SOM19 + ", section 2.3 Republic of Korea";

	static final String SOM19_SYMPOSIUM = SOM19 + ", report of the December 2013 Beijing symposium";

	static final String SOM19_MONGOLIA_RUSSIA = SOM19 + ", background paras. 3–6 (Mongolia, Moscow)";

	static final String PROGRESS_2020 = "NEA-LCCP progress note (2020), seed 003_4f79258754343e82, para. 6";

	static final String PROGRESS_2020_RUSSIA = "NEA-LCCP progress note (2020), seed 003_4f79258754343e82, para. 13";

	static final String PROGRESS_2020_ULAN_UDE = "NEA-LCCP progress note (2020), seed 003_4f79258754343e82, para. 14";

	static final String SOM26 = "NEASPEC SOM-26 note (2023), seed 002_2e89dc3ffa5a9aa5, para. 7";

	static final String F002 = "002_2e89dc3ffa5a9aa5.txt";

	static final String F003 = "003_4f79258754343e82.txt";

	static final String F004 = "004_c3440f71eb9fe9b5.txt";

	private static final String INCHEON_2045 = "Incheon's announcement to achieve carbon neutrality by 2045, which is "
			+ "five years earlier than the national target";

	private final DemoDatasets datasets;

	private final CitySeeds cities;

	private final AccountManagement accounts;

	private final TransactionTemplate transaction;

	private final Map<String, UUID> ids = new HashMap<>();

	CitiesDemoData(DemoDatasets datasets, CitySeeds cities, AccountManagement accounts,
			PlatformTransactionManager transactions) {
		this.datasets = datasets;
		this.cities = cities;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		loadSeedDocuments();
		loadReviewHosts();
		loadTrainingCity();
	}

	/** The cities, facts and targets of the seed documents. */
	void loadSeedDocuments() {
		var loaded = this.transaction.execute((status) -> {
			if (!this.datasets.claim(DATASET)) {
				return false;
			}
			load();
			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Demo cities and climate targets loaded from the seed documents");
		}
	}

	/**
	 * The cities of the pilot peer reviews that the seeds name but give no target for; a
	 * city already in the registry is kept as it is.
	 */
	void loadReviewHosts() {
		this.transaction.executeWithoutResult((status) -> {
			if (!this.datasets.claim(REVIEW_HOSTS)) {
				return;
			}
			host("CN", "Wuhan|武汉|武漢|우한|Ухань|Ухань|武汉市", AdminLevel.PREFECTURE_LEVEL_CITY, "30.59", "114.31");
			host("CN", "Guangzhou|广州|広州|광저우|Гуанчжоу|Гуанжоу|广州市", AdminLevel.PREFECTURE_LEVEL_CITY, "23.13", "113.26");
			host("RU", "Ulan-Ude|乌兰乌德|ウラン・ウデ|울란우데|Улан-Удэ|Улаан-Үд|Улан-Удэ", AdminLevel.MUNICIPALITY, "51.83",
					"107.58");
			host("RU", "Irkutsk|伊尔库茨克|イルクーツク|이르쿠츠크|Иркутск|Эрхүү|Иркутск", AdminLevel.MUNICIPALITY, "52.29", "104.28");
		});
	}

	/** The fictitious training city with its population, in a fictitious country. */
	void loadTrainingCity() {
		this.transaction.executeWithoutResult((status) -> {
			if (!this.datasets.claim(TRAINING)) {
				return;
			}
			this.cities.ensureCountry(TRAINING_COUNTRY, "Fictitious country (training)", null);
			if (this.cities.findCity(TRAINING_COUNTRY, TRAINING_CITY) == null) {
				var city = this.cities.registerCity(new CityDetails(TRAINING_COUNTRY, null, TRAINING_CITY,
						"示例市（虚构的培训城市）", "サンプル市（架空の研修用都市）", "샘플시 (가상의 교육용 도시)", "Примерск (вымышленный учебный город)",
						"Жишээ хот (зохиомол сургалтын хот)", null, AdminLevel.values()[0], null, null,
						TRAINING_SOURCE));
				this.cities.registerFact(city, FactKind.POPULATION, 2022, new BigDecimal("250000"),
						RegistryUnit.PERSONS, TRAINING_SOURCE);
			}
		});
	}

	private void host(String country, String names, AdminLevel level, String lat, String lon) {
		var n = names.split("\\|");
		this.cities.ensureCity(new CityDetails(country, null, n[0], n[1], n[2], n[3], n[4], n[5], n[6], level,
				new BigDecimal(lat), new BigDecimal(lon), CITY_SOURCE));
	}

	private void load() {
		this.cities.ensureCountry("CN", "China", "中国");
		this.cities.ensureCountry("JP", "Japan", "日本");
		this.cities.ensureCountry("KR", "Republic of Korea", "대한민국");
		this.cities.ensureCountry("MN", "Mongolia", "Монгол Улс");
		this.cities.ensureCountry("RU", "Russian Federation", "Российская Федерация");
		this.cities.ensureCountry("KP", "Democratic People's Republic of Korea", "조선민주주의인민공화국");
		china();
		japan();
		korea();
		mongoliaAndRussia();
		national();
		focalPoint("focal.incheon@demo.lccp.example", "KR", "Incheon");
		focalPoint("focal.gwangju@demo.lccp.example", "KR", "Gwangju");
	}

	private void china() {
		var plc = AdminLevel.PREFECTURE_LEVEL_CITY;
		city("CN", null, "Baoding|保定|保定|바오딩|Баодин|Баодин|保定市", plc, "38.87", "115.46");
		city("CN", "CNCTU", "Chengdu|成都|成都|청두|Чэнду|Чэнду|成都市", plc, "30.66", "104.07");
		city("CN", "CNCKG", "Chongqing|重庆|重慶|충칭|Чунцин|Чунцин|重庆市", AdminLevel.PROVINCE, "29.56", "106.55");
		city("CN", null, "Guiyang|贵阳|貴陽|구이양|Гуйян|Гуйян|贵阳市", plc, "26.65", "106.63");
		city("CN", "CNHGH", "Hangzhou|杭州|杭州|항저우|Ханчжоу|Ханжоу|杭州市", plc, "30.27", "120.16");
		city("CN", null, "Jilin|吉林|吉林|지린|Цзилинь|Жилинь|吉林市", plc, "43.84", "126.55");
		city("CN", null, "Nanchang|南昌|南昌|난창|Наньчан|Наньчан|南昌市", plc, "28.68", "115.86");
		city("CN", "CNSZX", "Shenzhen|深圳|深圳|선전|Шэньчжэнь|Шэньжэнь|深圳市", plc, "22.54", "114.06");
		city("CN", "CNTSN", "Tianjin|天津|天津|톈진|Тяньцзинь|Тяньжинь|天津市", AdminLevel.PROVINCE, "39.13", "117.20");
		city("CN", "CNWUX", "Wuxi|无锡|無錫|우시|Уси|Уси|无锡市", plc, "31.49", "120.31");
		city("CN", "CNXMN", "Xiamen|厦门|厦門|샤먼|Сямэнь|Сямынь|厦门市", plc, "24.48", "118.09");
		city("CN", null,
				"Tianjin Economic-Technological Development Area (TEDA)|天津经济技术开发区|天津経済技術開発区|톈진 경제기술개발구|"
						+ "Тяньцзиньская зона экономического и технологического развития (TEDA)|"
						+ "Тяньжиний эдийн засаг, технологийн хөгжлийн бүс (TEDA)|天津经济技术开发区",
				AdminLevel.DEVELOPMENT_AREA, "39.05", "117.71");
		// the cities of the pilot peer reviews (2018, 2019); the seeds give them no
		// targets
		city("CN", "CNWUH", "Wuhan|武汉|武漢|우한|Ухань|Ухань|武汉市", plc, "30.59", "114.31");
		city("CN", "CNCAN", "Guangzhou|广州|広州|광저우|Гуанчжоу|Гуанжоу|广州市", plc, "23.13", "113.26");

		// Every row of the 2014 table is headed "targets and actions proposed by Chinese
		// cities", so none of them is recorded as adopted.
		var proposed = TargetStatus.PROPOSED;
		var cut = TargetType.CARBON_INTENSITY;
		var energy = TargetType.ENERGY_INTENSITY;
		target("Baoding", cut, "By 2020 reduce CO2 intensity by 35% compared to 2010", 2010, 2020, "35", null,
				"Opinion on Constructing Low Carbon City (draft), 2008; Baoding Low Carbon City Development Plan, 2008",
				cite(SOM19_CHINA + "; also Annex Table 1", F004, "Baoding By 2020 reduce CO2 intensity by 35%",
						"compared to 2010; reduce CO2 per capita", "Baoding: 35% (2010-2020)"),
				proposed);
		level("Baoding", TargetType.PER_CAPITA, "By 2020 reduce CO2 per capita to less than 5.5 tons", 2020, "5.5",
				"tCO2/cap", "Opinion on Constructing Low Carbon City (draft), 2008",
				cite(SOM19_CHINA, F004, "Baoding By 2020 reduce CO2 intensity by 35%",
						"compared to 2010; reduce CO2 per capita", "to less than 5.5 tons."),
				proposed);
		var chengdu = "Action Plan on Constructing Low Carbon City in Chengdu, 2010";
		var chengduRow = "By 2020, reduce CO2 intensity by 35% “Action Plan on Constructing Low compared to 2010; "
				+ "reduce CO2 per capita Carbon City in Chengdu,” 2010";
		target("Chengdu", cut, "By 2020 reduce CO2 intensity by 35% compared to 2010", 2010, 2020, "35", null, chengdu,
				cite(SOM19_CHINA, F004, chengduRow), proposed);
		level("Chengdu", TargetType.PER_CAPITA, "By 2020 reduce CO2 per capita to less than 5.5 tons", 2020, "5.5",
				"tCO2/cap", chengdu, cite(SOM19_CHINA, F004, chengduRow, "Chengdu to less than 5.5 tons"), proposed);
		level("Chengdu", TargetType.OTHER, "By 2020 make new energy account for 25% of industrial value", 2020, "25",
				"% of industrial value", chengdu, cite(SOM19_CHINA, F004, "By 2020, reduce CO2 intensity by 35%",
						"make new energy account for 25% of industrial value."),
				proposed);
		target("Chongqing", energy, "By 2015 reduce energy intensity by 16% compared to 2010", 2010, 2015, "16", null,
				"Chongqing Low Carbon Transformation Research: Case Study in Chemical, Automobile and Energy Industries, 2010",
				cite(SOM19_CHINA, F004,
						"Chongqing By 2015, reduce energy intensity by 16% “Chongqing Low Carbon compared to 2010."),
				proposed);
		var guiyang = "Guiyang Low-Carbon Development Action Plan (2010-2020), July 2010";
		var guiyangRow = "By 2020, reduce energy intensity by 40% “Guiyang Low-Carbon and carbon intensity by 45% "
				+ "compared Development Action Plan (2010- to 2005.";
		target("Guiyang", energy, "By 2020 reduce energy intensity by 40% compared to 2005", 2005, 2020, "40", null,
				guiyang, cite(SOM19_CHINA, F004, guiyangRow), proposed);
		target("Guiyang", cut, "By 2020 reduce carbon intensity by 45% compared to 2005", 2005, 2020, "45", null,
				guiyang, cite(SOM19_CHINA + "; also Annex Table 1", F004, guiyangRow, "Guiyang: 45% (2005-2020)"),
				proposed);
		var hangzhou = "Implemented Opinion on the Construction of Low-Carbon City, November 2009";
		var hangzhouRow = "By 2020, reduce carbon intensity by 50% “Implemented Opinion on the compared to 2005 levels; "
				+ "increase Construction of Low-Carbon City,” forestry coverage above 68%.";
		target("Hangzhou", cut, "By 2020 reduce carbon intensity by 50% compared to 2005 levels", 2005, 2020, "50",
				null, hangzhou,
				cite(SOM19_CHINA + "; also Annex Table 1", F004, hangzhouRow, "Hangzhou: 50% (2005-2020)"), proposed);
		level("Hangzhou", TargetType.GREEN_AREA_SHARE, "Increase forestry coverage above 68% (by 2020)", 2020, "68",
				"%", hangzhou, cite(SOM19_CHINA, F004, hangzhouRow), proposed);
		var jilin = "Low Carbon Development Roadmap for Jilin City, 2010";
		var jilinRow = "Emissions for Jilin City could peak in “Low Carbon Development about 2020 and decline to 60% "
				+ "of the Roadmap for Jilin City,” 2010 business-as-usual scenario by 2030.";
		level("Jilin", TargetType.PEAKING, "Emissions for Jilin City could peak in about 2020", 2020, null, null, jilin,
				cite(SOM19_CHINA, F004, jilinRow), proposed);
		// Two readings of one figure in the same 2014 note: the city table says 60% of
		// the
		// business-as-usual scenario, the summary table a 60% cut of carbon intensity.
		// Both are kept, and marked as contradicting each other.
		var jilinBau = bau("Jilin", "Decline to 60% of the business-as-usual scenario by 2030", 2030, "40", jilin,
				cite(SOM19_CHINA + " (stored cut 40 = 100 - 60)", F004, jilinRow), proposed);
		var jilinIntensity = target("Jilin", cut, "Carbon intensity per GDP: 60% (2005-2030)", 2005, 2030, "60", null,
				null, cite(SOM19_SUMMARY, F004, "Based on carbon intensity per GDP", "Jilin: 60% (2005-2030)"),
				proposed);
		this.cities.markSourcesDisagree(jilinBau, jilinIntensity);
		var jilinEnergy = "Primary energy demand not to exceed 28.18 million and 33.51 million tons of coal "
				+ "equivalents (tce) in 2020 and 2030, respectively.";
		level("Jilin", TargetType.ENERGY_CAP,
				"Primary energy demand not to exceed 28.18 million tons of coal equivalent (tce) in 2020", 2020,
				"28.18", "Mtce", jilin, cite(SOM19_CHINA, F004, jilinEnergy), proposed);
		level("Jilin", TargetType.ENERGY_CAP,
				"Primary energy demand not to exceed 33.51 million tons of coal equivalent (tce) in 2030", 2030,
				"33.51", "Mtce", jilin, cite(SOM19_CHINA, F004, jilinEnergy), proposed);
		var nanchangPlan = "National Low-carbon City Pilot Nanchang Implementation Plan, reported to NDRC, October 2010";
		var nanchang2015 = "Nanchang By 2015 reduce CO2 emissions per unit “National Low-carbon City Pilot of GDP by "
				+ "38% compared to 2005 levels;";
		var nanchang2015b = "primary energy consumption to 7%, and increase forest coverage to 25%.";
		var nanchang2020 = "By 2020, reduce CO2 emissions per unit of GDP to 45%-48% of 2005 levels; increase the share "
				+ "of non-fossil fuels in primary energy to 15%; increase forest coverage to 28% and the forest stock "
				+ "to 420 million cubic meters.";
		target("Nanchang", cut, "By 2015 reduce CO2 emissions per unit of GDP by 38% compared to 2005 levels", 2005,
				2015, "38", null, nanchangPlan, cite(SOM19_CHINA, F004, nanchang2015), proposed);
		level("Nanchang", TargetType.RENEWABLE_SHARE,
				"By 2015 increase the ratio of non-fossil fuels in primary energy consumption to 7%", 2015, "7", "%",
				nanchangPlan, cite(SOM19_CHINA, F004, nanchang2015, nanchang2015b), proposed);
		level("Nanchang", TargetType.GREEN_AREA_SHARE, "By 2015 increase forest coverage to 25%", 2015, "25", "%",
				nanchangPlan, cite(SOM19_CHINA, F004, nanchang2015, nanchang2015b), proposed);
		// "to 45%-48% of 2005 levels" is a level, not a cut: stored as the level to reach
		// (the upper end of the range, the least the plan asks), with the range in the
		// title, rather than turned into a cut the document does not state.
		register("Nanchang",
				new TargetDetails(TargetType.OTHER, null,
						"By 2020 reduce CO2 emissions per unit of GDP to 45%-48% of 2005 levels", 2005, null, 2020,
						new BigDecimal("48"), null, null, RegistryUnit.PERCENT, "of the 2005 level", null, null, null,
						false, proposed, null, nanchangPlan, cite(SOM19_CHINA, F004, nanchang2020), null, null));
		level("Nanchang", TargetType.RENEWABLE_SHARE,
				"By 2020 increase the share of non-fossil fuels in primary energy to 15%", 2020, "15", "%",
				nanchangPlan, cite(SOM19_CHINA, F004, nanchang2020), proposed);
		level("Nanchang", TargetType.GREEN_AREA_SHARE, "By 2020 increase forest coverage to 28%", 2020, "28", "%",
				nanchangPlan, cite(SOM19_CHINA, F004, nanchang2020), proposed);
		level("Nanchang", TargetType.OTHER, "By 2020 increase the forest stock to 420 million cubic meters", 2020,
				"420", "million m³ (forest stock)", nanchangPlan, cite(SOM19_CHINA, F004, nanchang2020), proposed);
		var shenzhenPlan = "Shenzhen Low Carbon Development Medium and Long-Term Plan (draft), April 2011";
		var shenzhenRow = "Shenzhen Reduce carbon intensity 32% by 2015 “Shenzhen Low Carbon and 45% by 2020 compared "
				+ "to 2005.";
		target("Shenzhen", cut, "Reduce carbon intensity 32% by 2015 compared to 2005", 2005, 2015, "32", null,
				shenzhenPlan, cite(SOM19_CHINA, F004, shenzhenRow), proposed);
		target("Shenzhen", cut, "Reduce carbon intensity 45% by 2020 compared to 2005", 2005, 2020, "45", null,
				shenzhenPlan,
				cite(SOM19_CHINA + "; also Annex Table 1", F004, shenzhenRow, "Shenzhen: 45% (2005-2020)"), proposed);
		level("Shenzhen", TargetType.RENEWABLE_SHARE,
				"Make non-fossil energy account for 15% of primary energy by 2015", 2015, "15", "%", shenzhenPlan,
				cite(SOM19_CHINA, F004, "Make non-fossil energy account for 15% Medium and Long-Term Plan of primary "
						+ "energy by 2015."),
				proposed);
		var tianjinRow = "Tianjin By 2015, reduce carbon intensity by “Tianjin Climate Change Program,” 15.5% compared "
				+ "to 2010; reduce energy March 2010 intensity by 15% compared to 2010.";
		target("Tianjin", cut, "By 2015 reduce carbon intensity by 15.5% compared to 2010", 2010, 2015, "15.5", null,
				"Tianjin Climate Change Program, March 2010",
				cite(SOM19_CHINA + "; also Annex Table 1", F004, tianjinRow, "Tianjin: 15.5% (2010-2015)"), proposed);
		target("Tianjin", energy, "By 2015 reduce energy intensity by 15% compared to 2010", 2010, 2015, "15", null,
				"Tianjin Climate Change Program, March 2010", cite(SOM19_CHINA, F004, tianjinRow), proposed);
		target("Wuxi", cut, "By 2020 reduce carbon intensity by 45% (base year not stated)", null, 2020, "45", null,
				"Wuxi Low-Carbon City Development Strategic Planning, 2010",
				cite(SOM19_CHINA, F004, "Wuxi By 2020, reduce carbon intensity by 45%."), proposed);
		var xiamenRow = "Xiamen By 2020, reduce energy intensity by 40% “Xiamen Low Carbon Development compared to 2005; "
				+ "total carbon emission Master Plan,” 2010. should peak by 2020.";
		target("Xiamen", energy, "By 2020 reduce energy intensity by 40% compared to 2005", 2005, 2020, "40", null,
				"Xiamen Low Carbon Development Master Plan, 2010", cite(SOM19_CHINA, F004, xiamenRow), proposed);
		level("Xiamen", TargetType.PEAKING, "Total carbon emission should peak by 2020", 2020, null, null,
				"Xiamen Low Carbon Development Master Plan, 2010", cite(SOM19_CHINA, F004, xiamenRow), proposed);
		// Not in the table of proposals: the symposium report says TEDA "has established"
		// this target.
		target("Tianjin Economic-Technological Development Area (TEDA)", cut,
				"Reduce CO2 emissions per unit of GDP by 21% in 2015 compared to 2010 (the document: 'per capita of GDP')",
				2010, 2015, "21", null, null,
				cite(SOM19_SYMPOSIUM, F004,
						"It has established targets including the reduction of CO2 emissions per capita of GDP by 21% "
								+ "in 2015 compared to 2010"),
				TargetStatus.ADOPTED);
	}

	private void japan() {
		var m = AdminLevel.MUNICIPALITY;
		// names, level, lat, lon, population (thousand), area, mid-term cut (low, high),
		// mid-term year, 2050 cut (low, high), base year, and the row of Table 2 as the
		// seed's text gives it (the table's city names are printed apart from its rows)
		eco("Kitakyushu|北九州|北九州市|기타큐슈|Китакюсю|Китакюсю|北九州市", m, "33.88", "130.88", "990", "488", "30", null, 2030,
				"50", "60", 2005, "990 488 30% by 2030 50-60% 2005");
		eco("Kyoto|京都|京都市|교토|Киото|Киото|京都市", m, "35.01", "135.77", "1470", "828", "40", null, 2030, "60", null, 1990,
				"1,470 828 40% by 2030 60% 1990");
		eco("Sakai|堺|堺市|사카이|Сакаи|Сакай|堺市", m, "34.57", "135.48", "840", "150", "15", null, 2030, "60", null, 2005,
				"840 150 15% by 2030 60% 2005");
		eco("Yokohama|横滨|横浜市|요코하마|Иокогама|Иокохама|横浜市", m, "35.44", "139.64", "3670", "434", "30", null, 2025, "60",
				null, 2004, "3,670 434 +30% per capita by 2025 +60% per capita 2004");
		eco("Iida|饭田|飯田市|이이다|Иида|Иида|飯田市", m, "35.51", "137.82", "110", "659", "40", "50", 2030, "70", null, 2005,
				"Iida 110 659 40-50% by 2030 70% 2005");
		eco("Obihiro|带广|帯広市|오비히로|Обихиро|Обихиро|帯広市", m, "42.92", "143.20", "170", "619", "30", null, 2030, "50", null,
				2000, "Obihiro 170 619 30% by 2030 50% 2000");
		eco("Toyama|富山|富山市|도야마|Тояма|Тояма|富山市", m, "36.70", "137.21", "420", "1242", "30", null, 2030, "50", null,
				2005, "Toyama 420 1,242 30% by 2030 50% 2005");
		eco("Toyota|丰田|豊田市|도요타|Тоёта|Тоёта|豊田市", m, "35.08", "137.16", "420", "918", "30", null, 2030, "50", null, 1990,
				"Toyota 420 918 30% by 2030 50% 1990");
		// Table 2 prints Shimokawa's and Yusuhara's populations in its "thousand" column
		// as 3,900 and 4,000; the same document's text gives Shimokawa Town a population
		// of 3,900, so both are stored as persons (see eco()).
		eco("Shimokawa|下川|下川町|시모카와|Симокава|Шимокава|下川町", AdminLevel.TOWN, "44.30", "142.64", "3900", "644", "32",
				null, 2030, "66", null, 1990, "3,900 644 32% by 2030 66% 1990");
		eco("Minamata|水俣|水俣市|미나마타|Минамата|Минамата|水俣市", m, "32.21", "130.41", "29", "163", "33", null, 2020, "50",
				null, 2005, "Minamata 29 163 33% by 2020 50% 2005");
		eco("Miyakojima|宫古岛|宮古島市|미야코지마|Миякодзима|Миякожима|宮古島市", m, "24.81", "125.28", "55", "205", "30", "40", 2030,
				"70", "80", 2003, "Miyakojima 55 205 30-40% by 2030 70-80% 2003");
		eco("Yusuhara|梼原|梼原町|유스하라|Юсухара|Юсухара|梼原町", AdminLevel.TOWN, "33.39", "132.93", "4000", "237", "50", null,
				2030, "70", null, 1990, "4,000 237 50% by 2030 70% 1990");
		eco("Chiyoda|千代田|千代田区|지요다|Тиёда|Чиёда|千代田区", AdminLevel.WARD, "35.69", "139.75", "45", "12", "25", null, 2020,
				"50", null, 1990, "45 12 25% by 2020 50% 1990");
		city("JP", null, "Tokyo|东京|東京都|도쿄|Токио|Токио|東京都", AdminLevel.PROVINCE, "35.69", "139.69");
		city("JP", null, "Kanagawa|神奈川|神奈川県|가나가와|Канагава|Канагава|神奈川県", AdminLevel.PROVINCE, "35.45", "139.64");
		city("JP", null, "Osaka|大阪|大阪府|오사카|Осака|Осака|大阪府", AdminLevel.PROVINCE, "34.69", "135.52");
		var zeroCarbon = "2050 Zero Carbon Cities in Japan (Ministry of the Environment)";
		var link = "http://www.env.go.jp/en/earth/cc/2050_zero_carbon_cities_in_japan.html";
		for (var name : new String[] { "Tokyo", "Kyoto", "Yokohama" }) {
			neutrality(name, NeutralityKind.NET_ZERO, "Net zero carbon emissions by 2050", 2050, TargetStatus.ADOPTED,
					zeroCarbon,
					cite(PROGRESS_2020, F003, "In Japan, 152 local governments including municipalities of Tokyo, "
							+ "Kyoto and cities such as Yokohama announced their commitments to net zero carbon "
							+ "emissions by 2050."),
					link);
		}
		for (var name : new String[] { "Kanagawa", "Osaka" }) {
			neutrality(name, NeutralityKind.NET_ZERO, "Net zero carbon emissions by 2050", 2050, TargetStatus.ADOPTED,
					zeroCarbon,
					cite(PROGRESS_2020, F003, "announced their commitments to net zero carbon emissions by 2050.",
							"21 municipalities including the 3 largest populated cities (Tokyo, Kanagawa and Osaka) "
									+ "announced such commitments."),
					link);
		}
	}

	private void korea() {
		city("KR", "KRSEL", "Seoul|首尔|ソウル|서울|Сеул|Сөүл|서울특별시", AdminLevel.SPECIAL_CITY, "37.57", "126.98");
		city("KR", null, "Suwon|水原|水原|수원|Сувон|Сүвон|수원시", AdminLevel.MUNICIPALITY, "37.26", "127.03");
		city("KR", null, "Gangneung|江陵|江陵|강릉|Каннын|Ганнын|강릉시", AdminLevel.MUNICIPALITY, "37.75", "128.88");
		city("KR", "KRCJU", "Jeju|济州|済州|제주|Чеджу|Жэжү|제주특별자치도", AdminLevel.PROVINCE, "33.50", "126.53");
		city("KR", "KRKWJ", "Gwangju|光州|光州|광주|Кванджу|Гуанжу|광주광역시", AdminLevel.METROPOLITAN_CITY, "35.16", "126.85");
		city("KR", "KRINC", "Incheon|仁川|仁川|인천|Инчхон|Инчон|인천광역시", AdminLevel.METROPOLITAN_CITY, "37.46", "126.71");
		target("Seoul", TargetType.ABSOLUTE, "GHG emissions reduction: 25% (1990-2020)", 1990, 2020, "25", null, null,
				cite(SOM19_SUMMARY, F004, "Seoul: 25% (1990-2020)"), TargetStatus.ADOPTED);
		// a saving of energy, not a cap on its use: no target year is given
		register("Seoul", new TargetDetails(TargetType.OTHER, null,
				"One Less Nuclear Power Plant: save 2 million TOE of energy, the capacity of one nuclear reactor", null,
				null, null, new BigDecimal("2"), null, null, RegistryUnit.MEGA_TOE, "saved", null, null, null, false,
				TargetStatus.ADOPTED, null, "One Less Nuclear Power Plant initiative (2012)",
				cite(SOM19_SYMPOSIUM, F004,
						"the Seoul Metropolitan Government introduced in 2012 the One Less Nuclear Power Plant "
								+ "Initiated, an energy policy initiative to save 2 million TOE of energy"),
				null, null));
		target("Suwon", TargetType.ABSOLUTE, "GHG emissions reduction: 5% (2010-2015)", 2010, 2015, "5", null, null,
				cite(SOM19_SUMMARY, F004, "Suwon: 5% (2010-2015)"), TargetStatus.ADOPTED);
		bau("Gangneung",
				"Reduce greenhouse gas emissions by 49 percent by 2020 (first Low-Carbon Green Demonstration City)",
				2020, "49", "Low Carbon, Green Growth Basic Act (2010)",
				cite(SOM19_KOREA + "; also Annex Table 1", F004,
						"aims to reduce greenhouse gas emissions by 49 percent by 2020", "Kangreung: 49% (BAU, 2020)"),
				TargetStatus.ADOPTED);
		bau("Jeju", "GHG emissions reduction: 41% below BAU by 2020", 2020, "41", null,
				cite(SOM19_SUMMARY, F004, "Jeju: 41% (BAU, 2020)"), TargetStatus.ADOPTED);
		bau("Gwangju", "GHG emissions reduction: 40% below BAU by 2020", 2020, "40", null,
				cite(SOM19_SUMMARY, F004, "Kwangju: 40% (BAU, 2020)"), TargetStatus.ADOPTED);
		neutrality("Incheon", NeutralityKind.CARBON_NEUTRAL,
				"Carbon neutrality by 2045, five years earlier than the national target", 2045, TargetStatus.ADOPTED,
				"Announced at the 2nd International Forum on Low Carbon Cities, Incheon, December 2022",
				cite(SOM26, F002, INCHEON_2045), null);
	}

	private void mongoliaAndRussia() {
		city("MN", "MNULN", "Ulaanbaatar|乌兰巴托|ウランバートル|울란바토르|Улан-Батор|Улаанбаатар|Улаанбаатар",
				AdminLevel.MUNICIPALITY, "47.92", "106.92");
		// nominated by SOM-23 for the platform's future work (progress note 2020, para.
		// 5)
		city("MN", null, "Chinggis|成吉思|チンギス|칭기스|Чингис|Чингис|Чингис хот", AdminLevel.MUNICIPALITY, "47.32", "110.65");
		city("MN", null, "Tsetserleg|车车尔勒格|ツェツェルレグ|체체를렉|Цэцэрлэг|Цэцэрлэг|Цэцэрлэг", AdminLevel.MUNICIPALITY, "47.47",
				"101.45");
		city("RU", "RUMOW", "Moscow|莫斯科|モスクワ|모스크바|Москва|Москва|Москва", AdminLevel.PROVINCE, "55.76", "37.62");
		city("RU", "RUUUD", "Ulan-Ude|乌兰乌德|ウラン・ウデ|울란우데|Улан-Удэ|Улаан-Үд|Улан-Удэ", AdminLevel.MUNICIPALITY, "51.83",
				"107.58");
		city("RU", "RUIKT", "Irkutsk|伊尔库茨克|イルクーツク|이르쿠츠크|Иркутск|Эрхүү|Иркутск", AdminLevel.MUNICIPALITY, "52.29",
				"104.28");
		var green = "Mongolian Green Development Policy, endorsed by the Parliament in June 2014";
		var greenArea = "increasing green area share by 15% by 2020 and 30% by 2030 through the re-planning of "
				+ "Ulaanbaatar city";
		// "increasing green area share by 15%": a rise of the share, not the share to
		// reach, so these are not stored as green-area-share levels.
		level("Ulaanbaatar", TargetType.OTHER,
				"Increase green area share by 15% by 2020 through the re-planning of Ulaanbaatar city", 2020, "15",
				"% increase of green area share", green, cite(SOM19_MONGOLIA_RUSSIA, F004, greenArea),
				TargetStatus.ADOPTED);
		level("Ulaanbaatar", TargetType.OTHER,
				"Increase green area share by 30% by 2030 through the re-planning of Ulaanbaatar city", 2030, "30",
				"% increase of green area share", green, cite(SOM19_MONGOLIA_RUSSIA, F004, greenArea),
				TargetStatus.ADOPTED);
		// "improve the energy efficiency by 43%" is not a 43% cut of energy intensity, so
		// it is not typed as one.
		register("Moscow",
				new TargetDetails(TargetType.OTHER, null,
						"Improve the energy efficiency of Moscow by 43% between 2010 and 2025", 2010, null, 2025,
						new BigDecimal("43"), null, null, RegistryUnit.PERCENT, "energy efficiency improvement", null,
						null, null, false, TargetStatus.ADOPTED, null,
						"Moscow rules and regulations on environmental and climate technologies, 2010",
						cite(SOM19_MONGOLIA_RUSSIA, F004,
								"These measures should improve the energy efficiency of Moscow by 43% between 2010 "
										+ "and 2025."),
						null, null));
		level("Moscow", TargetType.RENEWABLE_SHARE, "Increase use of renewable energy sources to 4.5% by 2020", 2020,
				"4.5", "%", "Moscow Law on the Master Plan 2025",
				cite(SOM19_MONGOLIA_RUSSIA, F004, "increase use of renewable energy sources to 4.5% by 2020"),
				TargetStatus.ADOPTED);
		level("Moscow", TargetType.GREEN_AREA_SHARE,
				"30% of the total area of the city should consist of green areas and open spaces (Master Plan 2025)",
				2025, "30", "%", "Moscow Law on the Master Plan 2025",
				cite(SOM19_MONGOLIA_RUSSIA, F004, "Under the Moscow Law on the Master Plan 2025",
						"aiming that 30% of the total area of the city should consist of green areas and open spaces"),
				TargetStatus.ADOPTED);
		// "a project on reduction of air pollution is being developed": proposed, no year
		register("Ulan-Ude",
				new TargetDetails(TargetType.OTHER, null,
						"Reduce total air pollutant emissions of the Ulan-Ude agglomeration by at least 35 percent",
						null, null, null, null, new BigDecimal("35"), null, null, null, null, null, null, false,
						TargetStatus.PROPOSED, null, "Project on reduction of air pollution (in preparation, 2020)",
						cite(PROGRESS_2020_ULAN_UDE, F003,
								"including the reduction of at least 35 percent of total air pollutant emissions."),
						null, null));
	}

	private void national() {
		var china = SOM19 + ", section 2.1 China";
		national("CN", TargetType.CARBON_INTENSITY, "12th Five Year Plan: reduce carbon intensity by 17% by 2015", null,
				2015, "17", null, "12th Five Year Plan",
				cite(china, F004, "reduction in energy intensity by 16% and carbon intensity by 17% by 2015"));
		national("CN", TargetType.ENERGY_INTENSITY, "12th Five Year Plan: reduce energy intensity by 16% by 2015", null,
				2015, "16", null, "12th Five Year Plan",
				cite(china, F004, "reduction in energy intensity by 16% and carbon intensity by 17% by 2015"));
		national("CN", TargetType.CARBON_INTENSITY,
				"Reduce greenhouse gas emissions per unit of GDP by 40-50% by 2020 compared to 2005", 2005, 2020, "40",
				"50", "12th Five Year Plan", cite(china, F004, "of GDP by 40-50% by 2020 (compared to 2005)"));
		national("CN", TargetType.OTHER,
				"21 cities and two provinces of the Alliance of Peaking Pioneer Cities pledged to peak CO2 emissions ahead "
						+ "of the national goal (pre-2030)",
				null, null, null, null, "Alliance of Peaking Pioneer Cities of China (APPC)",
				cite(PROGRESS_2020, F003, "have pledged to peak CO2 emissions ahead of the national goal (pre-2030)"));
		national("JP", TargetType.ABSOLUTE, "Reduce 60-80 percent of GHG emissions by 2050", null, 2050, "60", "80",
				"Bill of the Basic Act on Global Warming Countermeasures, 2010",
				cite(SOM19 + ", section 2.2 Japan", F004,
						"specified Japan’s mid- and long-term targets to reduce 60-80 percent of GHG emissions by 2050"));
		national("JP", TargetType.OTHER,
				"152 local governments, including Tokyo, Kyoto and Yokohama, committed to net zero carbon emissions by 2050",
				null, 2050, null, null, "2050 Zero Carbon Cities in Japan",
				cite(PROGRESS_2020, F003,
						"In Japan, 152 local governments including municipalities of Tokyo, Kyoto and "
								+ "cities such as Yokohama announced their commitments to net zero carbon emissions by 2050."));
		var korea = new TargetDetails(TargetType.NEUTRALITY, NeutralityKind.CARBON_NEUTRAL,
				"National carbon neutrality by 2050 (Incheon's 2045 pledge is five years earlier)", null, null, 2050,
				null, null, null, null, null, null, null, null, false, TargetStatus.ADOPTED, null, null,
				cite(SOM26 + " (stored year 2050 = 2045 + 5)", F002, INCHEON_2045), null, null);
		this.cities.registerTarget(null, "KR", korea);
		national("KR", TargetType.OTHER,
				"226 of 228 local governments urged the national government to plan for carbon neutrality by 2050 "
						+ "(joint statement, 5 June 2020)",
				null, 2050, null, null, null,
				cite(PROGRESS_2020, F003, "226 out of 228 local governments released a joint statement on the "
						+ "Environment Day (5 June) in 2020, urging the Korean government to announce the plan for "
						+ "reaching carbon neutral by 2050."));
		national("RU", TargetType.OTHER,
				"Federal 'Clean Air' project: reduce emissions from transport, heat and power plants and industry by 20 "
						+ "percent by 2024",
				null, 2024, "20", null, "National 'Ecology' project",
				cite(PROGRESS_2020_RUSSIA, F003, "overall reduction of emissions from transport, heat and power "
						+ "generation plants and industrial enterprises are expected to reduce by 20 percent by 2024."));
	}

	// --- helpers
	// --------------------------------------------------------------------------------------------

	private void city(String country, @Nullable String locode, String names, AdminLevel level, String lat, String lon) {
		var n = names.split("\\|");
		var id = this.cities.registerCity(new CityDetails(country, locode, n[0], n[1], n[2], n[3], n[4], n[5], n[6],
				level, new BigDecimal(lat), new BigDecimal(lon),
				"Names and coordinates of the city centre: general reference, not from the seed documents"));
		this.ids.put(n[0], id);
	}

	private void eco(String names, AdminLevel level, String lat, String lon, String population, String area, String mid,
			@Nullable String midHigh, int midYear, String longTerm, @Nullable String longTermHigh, int baseYear,
			String row) {
		city("JP", null, names, level, lat, lon);
		var name = names.substring(0, names.indexOf('|'));
		var id = this.ids.get(name);
		var inPersons = name.equals("Shimokawa") || name.equals("Yusuhara");
		var year = "Source: Regional Revitalization Bureau, Cabinet Secretariat, Government of Japan, 2009";
		this.cities.registerFact(id, FactKind.POPULATION, 2009,
				inPersons ? new BigDecimal(population) : new BigDecimal(population).multiply(BigDecimal.valueOf(1000)),
				RegistryUnit.PERSONS, cite(
						SOM19_JAPAN + (inPersons ? "; printed as " + population
								+ " in the 'thousand' column, read as persons (the text gives Shimokawa Town 3,900)"
								: "; population in thousands"),
						F004, "Population Area Size Reduction Goal Reduction Goal " + "(thousand) (sq.km)", row, year));
		this.cities.registerFact(id, FactKind.AREA, 2009, new BigDecimal(area), RegistryUnit.SQUARE_KILOMETRE,
				cite(SOM19_JAPAN, F004, "(thousand) (sq.km)", row, year));
		var type = name.equals("Yokohama") ? TargetType.PER_CAPITA : TargetType.ABSOLUTE;
		var perCapita = type == TargetType.PER_CAPITA ? " per capita" : "";
		var range = midHigh == null ? mid + "%" : mid + "-" + midHigh + "%";
		target(name, type,
				"Reduce GHG emissions" + perCapita + " by " + range + " by " + midYear + " against " + baseYear
						+ " (mid-term goal)",
				baseYear, midYear, mid, midHigh, "Eco-Model City Programme (2008)", cite(SOM19_JAPAN, F004, row),
				TargetStatus.ADOPTED);
		var rangeLong = longTermHigh == null ? longTerm + "%" : longTerm + "-" + longTermHigh + "%";
		target(name, type,
				"Reduce GHG emissions" + perCapita + " by " + rangeLong + " by 2050 against " + baseYear
						+ " (long-term goal)",
				baseYear, 2050, longTerm, longTermHigh, "Eco-Model City Programme (2008)",
				cite(SOM19_JAPAN, F004, "(mid-term) (by 2050) Base Year", row), TargetStatus.ADOPTED);
	}

	private UUID target(String city, TargetType type, String title, @Nullable Integer baseYear, int targetYear,
			@Nullable String cut, @Nullable String cutHigh, @Nullable String policy, String source,
			TargetStatus status) {
		return register(city, new TargetDetails(type, null, title, baseYear, null, targetYear, null, decimal(cut),
				decimal(cutHigh), null, null, null, null, null, false, status, null, policy, source, null, null));
	}

	/**
	 * A level to reach; the unit as the seed's wording has it, split as the registry
	 * splits old free-text units ("% of industrial value" is % of industrial value).
	 */
	private void level(String city, TargetType type, String title, @Nullable Integer targetYear, @Nullable String value,
			@Nullable String unit, @Nullable String policy, String source, TargetStatus status) {
		var written = RegistryUnit.leading(unit);
		register(city, new TargetDetails(type, null, title, null, null, targetYear, decimal(value), null, null,
				written.unit(), written.rest(), null, null, null, false, status, null, policy, source, null, null));
	}

	private UUID bau(String city, String title, int targetYear, String cut, @Nullable String policy, String source,
			TargetStatus status) {
		return register(city,
				new TargetDetails(TargetType.BAU_RELATIVE, null, title, null, null, targetYear, null,
						new BigDecimal(cut), null, null, null, null, null, null, false, status, null, policy, source,
						null, null));
	}

	private void neutrality(String city, NeutralityKind kind, String title, int year, TargetStatus status,
			String policy, String source, @Nullable String link) {
		register(city, new TargetDetails(TargetType.NEUTRALITY, kind, title, null, null, year, null, null, null, null,
				null, null, null, null, false, status, null, policy, source, null, link));
	}

	private void national(String country, TargetType type, String title, @Nullable Integer baseYear,
			@Nullable Integer targetYear, @Nullable String cut, @Nullable String cutHigh, @Nullable String policy,
			String source) {
		this.cities.registerTarget(null, country,
				new TargetDetails(type, null, title, baseYear, null, targetYear, null, decimal(cut), decimal(cutHigh),
						null, null, null, null, null, false, TargetStatus.ADOPTED, null, policy, source, null, null));
	}

	private UUID register(String city, TargetDetails details) {
		var id = this.ids.get(city);
		var country = this.cities.countryOf(id);
		return this.cities.registerTarget(id, country, details);
	}

	private void focalPoint(String email, String country, String city) {
		var id = this.cities.findCity(country, city);
		this.accounts.findByEmail(email).ifPresent((a) -> {
			if (id != null) {
				this.cities.registerFocalPoint(id, a.id());
			}
		});
	}

	private static String cite(String where, String file, String... passages) {
		return SeedQuotes.cite(where, file, passages);
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		return value == null ? null : new BigDecimal(value);
	}

}
