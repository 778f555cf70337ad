package org.lccp.membership.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.membership.ApplicationDetails;
import org.lccp.membership.Checklist;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
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
 * Loads, once per database, the member institutions that the NEASPEC documents in
 * {@code shared/seeds} name as partners of the platform, demo accounts for their focal
 * points, and applications in several states so that the secretariat's queue is not
 * empty. Descriptions are written for this platform; facts and dates come from the cited
 * documents. No seed gives the date an institution joined, so no member has one, and no
 * institution is a resource centre, since no seed names one.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class MembershipDemoData implements ApplicationRunner {

	static final String DATASET = "membership";

	private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

	private static final String SOM19 = "NEASPEC SOM-19 note (2014): platform proposal, Terms of Reference, the December 2013 Beijing symposium and the August 2014 North-East Asian Mayors' Forum";

	private static final String PROGRESS_2020 = "NEA-LCCP progress note (2020): peer reviews of Wuhan (2018), Guangzhou and Gwangju (2019), cooperation with Ulan-Ude and Irkutsk";

	private static final String SOM26 = "NEASPEC SOM-26 note (2023): International Forums on Low Carbon Cities in Incheon and the Compendium of Best Practices";

	private static final String SOM28 = "NEASPEC SOM-28 note (2025): platform history and the 2021 Ulaanbaatar training workshop";

	private final DemoDatasets datasets;

	private final AccountManagement accounts;

	private final MembershipManagement membership;

	private final TransactionTemplate transaction;

	MembershipDemoData(DemoDatasets datasets, AccountManagement accounts, MembershipManagement membership,
			PlatformTransactionManager transactions) {
		this.datasets = datasets;
		this.accounts = accounts;
		this.membership = membership;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		var created = this.transaction.execute((status) -> this.datasets.claim(DATASET) ? load() : List.<String>of());
		if (created != null && !created.isEmpty()) {
			log.warn("""

					=====================================================================
					 LCCP demo accounts created (passwords shown once, not stored):
					{}
					=====================================================================""",
					String.join("\n", created));
		}
	}

	private List<String> load() {
		var logins = new ArrayList<String>();
		var secretariat = account(logins, "secretariat@demo.lccp.example", "Secretariat officer (demo)", Language.EN,
				Role.SECRETARIAT, Role.MEMBER);

		member(new ApplicationDetails("UN ESCAP East and North-East Asia Office",
				"UN ESCAP East and North-East Asia Office", InstitutionType.INTERNATIONAL_ORGANISATION, "KR", "Incheon",
				"https://www.unescap.org/subregional-office/east-north-east-asia",
				"Serves as the secretariat of NEASPEC and of the North-East Asia Low Carbon City Platform: convenes the "
						+ "International Forums on Low Carbon Cities, coordinates peer reviews and publishes the platform's studies.",
				Set.of(ActivityArea.values()), Set.of(Sector.GOVERNANCE), "Secretariat (demo)", null,
				"secretariat@demo.lccp.example", null, true, null), null, SOM28);
		var incheon = member(local("인천광역시", "Incheon Metropolitan City", "KR", "Incheon", "https://www.incheon.go.kr",
				"Co-organiser with the secretariat of the International Forums on Low Carbon Cities held in Incheon in "
						+ "December 2022 and August 2023; has pledged carbon neutrality by 2045.",
				"focal.incheon@demo.lccp.example", Sector.ENERGY_SUPPLY, Sector.TRANSPORT), null, SOM26);
		var gwangju = member(local("광주광역시", "Gwangju Metropolitan City", "KR", "Gwangju", "https://www.gwangju.go.kr",
				"Co-organised the international consultation workshop for its peer review in October 2019; known for "
						+ "its Carbon Bank programme, its greenhouse-gas projection tool and its urban carbon management system.",
				"focal.gwangju@demo.lccp.example", Sector.BUILDINGS, Sector.WASTE), null, PROGRESS_2020);
		member(local("武汉市人民政府", "Wuhan Municipal People's Government", "CN", "Wuhan", null,
				"First city of the pilot peer review studies; the peer review workshop was held in Wuhan in 2018.",
				"focal.wuhan@demo.lccp.example", Sector.INDUSTRY, Sector.TRANSPORT), null, PROGRESS_2020);
		member(local("广州市人民政府", "Guangzhou Municipal People's Government", "CN", "Guangzhou", null,
				"Reviewed by peers and experts in the pilot peer review studies, with a workshop in Guangzhou in 2019.",
				"focal.guangzhou@demo.lccp.example", Sector.TRANSPORT, Sector.BUILDINGS), null, PROGRESS_2020);
		member(local("Улаанбаатар хотын Захиргаа", "Ulaanbaatar City Government", "MN", "Ulaanbaatar", null,
				"Hosted the first North-East Asian Mayors' Forum in August 2014; the secretariat's 2021 training "
						+ "workshop was held in Ulaanbaatar. Mongolia's Green Development Policy sets green-area goals for "
						+ "the re-planning of the city.",
				"focal.ulaanbaatar@demo.lccp.example", Sector.LAND_USE_GREEN_SPACE, Sector.ENERGY_SUPPLY), null,
				SOM28 + "; " + SOM19);
		// The seed notes spell it "Institute for Global Environmental Studies"; the
		// institute's own name is used, and the description says so.
		member(institute("公益財団法人 地球環境戦略研究機関", "Institute for Global Environmental Strategies (IGES)",
				InstitutionType.RESEARCH_INSTITUTION, "JP", "Hayama", "https://www.iges.or.jp",
				"Contributed to the secretariat's comparative study of national low-carbon city policies in China, Japan "
						+ "and the Republic of Korea. The NEASPEC notes of 2020, 2023 and 2025 call it the \u201cInstitute "
						+ "for Global Environmental Studies\u201d; the institute's own name is used here."),
				null, PROGRESS_2020);
		var kei = member(institute("한국환경연구원", "Korea Environment Institute (KEI)", InstitutionType.RESEARCH_INSTITUTION,
				"KR", "Sejong", "https://www.kei.re.kr",
				"Contributed to the secretariat's comparative study of national low-carbon city policies in China, "
						+ "Japan and the Republic of Korea."),
				null, PROGRESS_2020);
		member(institute("绿色创新发展研究院", "Institute for Global Decarbonization Progress (iGDP)",
				InstitutionType.NON_PROFIT, "CN", "Beijing", "https://www.igdp.cn",
				"Partner of the comparative policy study and co-author, with ICLEI East Asia and the secretariat, of the "
						+ "Low Carbon Cities Compendium of Best Practices."),
				null, SOM26);
		member(institute("中国社会科学院城市发展与环境研究所",
				"Institute for Urban and Environmental Studies, Chinese Academy of Social Sciences (CASS)",
				InstitutionType.RESEARCH_INSTITUTION, "CN", "Beijing", "http://iue.cssn.cn",
				"Co-organised with the secretariat the December 2013 Beijing symposium on realising low carbon cities, "
						+ "which supported launching the platform."),
				null, SOM19);
		member(institute("Байкальский институт природопользования СО РАН",
				"Baikal Institute of Nature Management, Siberian Branch of the Russian Academy of Sciences (BINM SB RAS)",
				InstitutionType.RESEARCH_INSTITUTION, "RU", "Ulan-Ude", null,
				"Began preliminary discussions with the secretariat on co-organising a low carbon city workshop in "
						+ "Ulan-Ude, and prepared a preliminary review of Ulan-Ude and Irkutsk for the virtual workshop "
						+ "proposed for late 2020."),
				null, PROGRESS_2020);
		member(institute("ICLEI East Asia Secretariat", "ICLEI East Asia Secretariat", InstitutionType.NON_PROFIT, "KR",
				"Seoul", "https://eastasia.iclei.org",
				"City network office for East Asia; produced the Compendium of Best Practices with the secretariat and "
						+ "iGDP, and took part, with CityNet and C40, in the 2nd International Forum on Low Carbon Cities."),
				null, SOM26);

		var incheonFocal = account(logins, "focal.incheon@demo.lccp.example", "Incheon focal point (demo)", Language.KO,
				Role.MEMBER, Role.CITY_FOCAL_POINT);
		var gwangjuFocal = account(logins, "focal.gwangju@demo.lccp.example", "Gwangju focal point (demo)", Language.KO,
				Role.MEMBER, Role.CITY_FOCAL_POINT);
		var expert = account(logins, "expert.kei@demo.lccp.example", "KEI researcher (demo)", Language.EN, Role.MEMBER,
				Role.EXPERT);
		// Affiliations are the secretariat's to set.
		this.accounts.actingAs(secretariat, () -> {
			this.accounts.setAffiliation(incheonFocal, "Incheon Metropolitan City");
			this.accounts.setAffiliation(gwangjuFocal, "Gwangju Metropolitan City");
			this.accounts.setAffiliation(expert, "Korea Environment Institute (KEI)");
			return null;
		});
		log.debug("Demo members {} {} {}", incheon, gwangju, kei);

		// Applications for the secretariat's queue: cities the documents name as next
		// partners.
		var suwon = account(logins, "applicant.suwon@demo.lccp.example", "Suwon applicant (demo)", Language.KO);
		apply(suwon, local("수원특례시", "Suwon Special City", "KR", "Suwon", "https://www.suwon.go.kr",
				"Suwon was the venue of the 2011 Suwon Conference on Low Carbon, Green Cities in North-East Asia and, in "
						+ "October 2023, of the platform's workshop at the 8th Asia-Pacific Urban Forum.",
				"applicant.suwon@demo.lccp.example", Sector.TRANSPORT, Sector.GOVERNANCE), true);
		var irkutsk = account(logins, "applicant.irkutsk@demo.lccp.example", "Irkutsk applicant (demo)", Language.RU);
		var irkutskApplication = apply(irkutsk, local("Администрация города Иркутска", "Irkutsk City Administration",
				"RU", "Irkutsk", null,
				"Its Strategy for Socio-economic Development of the City of Irkutsk by 2030 was approved by the city "
						+ "council in February 2018; identified by SOM-23 for the platform's future work.",
				"applicant.irkutsk@demo.lccp.example", Sector.ENERGY_SUPPLY, Sector.BUILDINGS), true);
		this.accounts.actingAs(secretariat, () -> {
			this.membership.updateChecklist(irkutskApplication, new Checklist(true, true, false, true));
			this.membership.requestMoreInformation(irkutskApplication,
					"Thank you for applying. Could you name the department that will act as focal point, and confirm "
							+ "that the contact person may speak for the City Administration?");
			return null;
		});
		var tsetserleg = account(logins, "applicant.tsetserleg@demo.lccp.example", "Tsetserleg applicant (demo)",
				Language.MN);
		apply(tsetserleg, local("Цэцэрлэг хот", "Tsetserleg City", "MN", "Tsetserleg", null,
				"Identified by the twenty-third Senior Officials Meeting, with Chinggis, Ulan-Ude and Irkutsk, for the "
						+ "platform's future work.",
				"applicant.tsetserleg@demo.lccp.example", Sector.ENERGY_SUPPLY, Sector.WASTE), false);
		var keiColleague = account(logins, "applicant.kei@demo.lccp.example", "KEI colleague (demo)", Language.KO);
		apply(keiColleague,
				institute("한국환경연구원", "Korea Environment Institute (KEI)", InstitutionType.RESEARCH_INSTITUTION, "KR",
						"Sejong", "https://www.kei.re.kr",
						"Second application by another KEI department, to show the duplicate warning."),
				true);
		return logins;
	}

	private UUID account(List<String> logins, String email, String name, Language language, Role... roles) {
		var password = DemoDatasets.generatePassword();
		var account = this.accounts.createDemoAccount(email, password, name, language, roles);
		logins.add("   %-42s %s".formatted(email, password));
		return account.id();
	}

	/**
	 * {@code since} stays null: none of the seeds gives the date an institution joined.
	 */
	private UUID member(ApplicationDetails details, @Nullable LocalDate since, String source) {
		return this.membership.registerExistingMember(details, since, "Demo data derived from " + source);
	}

	private UUID apply(UUID applicant, ApplicationDetails details, boolean submit) {
		return this.accounts.actingAs(applicant, () -> {
			var id = this.membership.startApplication(details);
			if (submit) {
				this.membership.submit(id);
			}
			return id;
		});
	}

	private static ApplicationDetails local(String original, String english, String country, String city,
			String website, String activities, String contactEmail, Sector... sectors) {
		return new ApplicationDetails(original, english, InstitutionType.LOCAL_GOVERNMENT, country, city, website,
				activities, Set.of(ActivityArea.INFORMATION_SHARING, ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES),
				Set.of(sectors), "Focal point (demo)", null, contactEmail, null, false, null);
	}

	private static ApplicationDetails institute(String original, String english, InstitutionType type, String country,
			String city, String website, String activities) {
		return new ApplicationDetails(original, english, type, country, city, website, activities,
				Set.of(ActivityArea.INFORMATION_SHARING, ActivityArea.CAPACITY_BUILDING), Set.of(Sector.GOVERNANCE),
				"Contact (demo)", null, "contact@demo.lccp.example", null, true, null);
	}

}
