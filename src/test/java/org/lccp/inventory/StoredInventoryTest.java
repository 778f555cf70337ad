package org.lccp.inventory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.inventory.demo.InventoryDemo;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored inventories against the real database: the published Seoul demo through the
 * open-data API, import all-or-nothing, the workflow with its roles and event, frozen
 * published versions and corrections, and concurrent edits.
 */
@LccpTest
@RecordApplicationEvents
class StoredInventoryTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	CityFixtures cities;

	@Autowired
	ApplicationEvents events;

	final JsonMapper json = JsonMapper.builder().build();

	record Principal(UUID id, String email, String displayName) implements CurrentUser.AccountPrincipal {
	}

	static void signIn(Role... roles) {
		var authorities = java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(
					new Principal(UUID.randomUUID(), "tester@test.lccp.example", "Tester"), null, authorities));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	UUID newCity() {
		return this.cities.registerCity(new CityDetails("KR", null, "Inventory test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
	}

	static byte[] seoul() throws Exception {
		return StoredInventoryTest.class.getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
	}

	static InventoryDetails details(int year) {
		return new InventoryDetails(year, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE, null, "test file",
				new BigDecimal("1000000"), "test census", null, null, null);
	}

	@Test
	void seoulIsPublishedAsOpenDataWithItsRowsAndSource() throws Exception {
		InventoryDemo.ensureLoaded(this.context);
		var visitor = new WebSession(this.port);
		var page = this.json.readTree(visitor.get("/api/v1/inventories?country=KR&year=2018&size=100").body());
		assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
		// Other tests in the shared database publish their own Korean 2018 inventories,
		// so
		// find the demo one by its source rather than by its place in the list.
		var found = new ArrayList<JsonNode>();
		page.get("content").forEach((row) -> {
			if (row.get("source").asString().contains("C40")) {
				found.add(row);
			}
		});
		assertThat(found).hasSize(1);
		var seoul = found.get(0);
		assertThat(seoul.get("totals").get("basic").toString()).isEqualTo("46282524");
		assertThat(seoul.get("totals").get("basicPlus").toString()).isEqualTo("47782633");
		assertThat(seoul.get("totals").get("territorial").toString()).isEqualTo("23841951");
		var detail = this.json.readTree(visitor.get("/api/v1/inventories/" + seoul.get("id").asString()).body());
		assertThat(detail.get("entries")).hasSize(54);
		var cityId = UUID.fromString(seoul.get("cityId").asString());
		assertThat(this.inventories.latestPublishedTotals(cityId)).hasValueSatisfying((t) -> {
			assertThat(t.year()).isEqualTo(2018);
			assertThat(t.basicPlus()).isEqualByComparingTo("47782633");
			assertThat(t.population()).isEqualByComparingTo("10124579");
		});
		assertThat(visitor.get("/api/v1/inventories/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void importIsDryRunFirstThenAllOrNothing() throws Exception {
		var city = newCity();
		signIn(Role.SECRETARIAT);
		var dry = this.inventories.importFile(city, details(2019), seoul(), true);
		assertThat(dry.storedId()).isNull();
		assertThat(this.inventories.count(city, null, null, null)).isZero();
		var broken = new String(seoul(), StandardCharsets.UTF_8).replace(",6213264.0,", ",62l3264,").getBytes();
		var refused = this.inventories.importFile(city, details(2019), broken, false);
		assertThat(refused.storedId()).isNull();
		assertThat(refused.checked().problems()).anyMatch((p) -> p.key().equals("inventory.problem.textInNumber"));
		assertThat(this.inventories.count(city, null, null, null)).isZero();
		var stored = this.inventories.importFile(city, details(2019), seoul(), false);
		assertThat(stored.storedId()).isNotNull();
		var file = this.inventories.inventory(stored.storedId());
		assertThat(file.header().status()).isEqualTo(InventoryStatus.DRAFT);
		assertThat(file.header().basic()).isEqualByComparingTo("46282524");
		assertThat(file.entries()).hasSize(54);
	}

	@Test
	void workflowNeedsTheRightRolesPublishesAnEventAndFreezes() throws Exception {
		var city = newCity();
		signIn(Role.SECRETARIAT);
		var id = this.inventories.importFile(city, details(2020), seoul(), false).storedId();
		signIn(Role.MEMBER);
		assertThatThrownBy(() -> this.inventories.submit(id, 0)).isInstanceOf(AccessDeniedException.class);
		signIn(Role.SECRETARIAT);
		this.inventories.submit(id, 0);
		signIn(Role.CITY_FOCAL_POINT);
		assertThatThrownBy(() -> this.inventories.markChecked(id, 1)).isInstanceOf(AccessDeniedException.class);
		signIn(Role.EXPERT);
		this.inventories.markChecked(id, 1);
		assertThatThrownBy(() -> this.inventories.publish(id, 2)).isInstanceOf(AccessDeniedException.class);
		signIn(Role.SECRETARIAT);
		assertThat(this.inventories.publishedTotals(city)).isEmpty();
		this.inventories.publish(id, 2);
		assertThat(this.events.stream(InventoryPublished.class))
			.containsExactly(new InventoryPublished(id, city, 2020));
		assertThat(this.events.stream(org.lccp.shared.domain.OpenDataChanged.class)).isNotEmpty();
		assertThat(this.inventories.publishedTotals(city)).singleElement()
			.satisfies((t) -> assertThat(t.territorial()).isEqualByComparingTo("23841951"));

		assertThatThrownBy(
				() -> this.inventories.updateFacts(id, 3, Boundary.OTHER, "x", null, null, null, null, null, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.inventories.correct(id, " ")).isInstanceOf(ConflictException.class);
		var correction = this.inventories.correct(id, "population revised");
		var draft = this.inventories.inventory(correction);
		assertThat(draft.header().versionNo()).isEqualTo(2);
		assertThat(draft.header().correctionReason()).isEqualTo("population revised");
		assertThat(draft.entries()).hasSize(54);
		this.inventories.submit(correction, 0);
		this.inventories.markChecked(correction, 1);
		this.inventories.publish(correction, 2);
		assertThat(this.inventories.inventory(id).header().status()).isEqualTo(InventoryStatus.SUPERSEDED);
		assertThat(this.inventories.publishedTotals(city)).singleElement()
			.satisfies((t) -> assertThat(t.inventoryId()).isEqualTo(correction));
	}

	@Autowired
	FactorLibrary factors;

	@Test
	void gridFactorsOfTheSecretariatApplyToScopeTwoLinesAndLinesKeepTheirValues() throws Exception {
		var city = newCity();
		signIn(Role.CITY_FOCAL_POINT);
		var grid = new FactorLibrary.NewFactor("KR", null, null, 2031, "Korean grid 2031", "CO2",
				new BigDecimal("450.5"), "kg/MWh", "Test ministry bulletin");
		assertThatThrownBy(() -> this.factors.addGridFactor(grid)).isInstanceOf(AccessDeniedException.class);
		signIn(Role.SECRETARIAT);
		assertThatThrownBy(() -> this.factors.addGridFactor(new FactorLibrary.NewFactor("KR", null, null, 2031, "x",
				"CO2", BigDecimal.ONE, "kg per MWh", "source")))
			.isInstanceOf(InvalidCalculationException.class);
		assertThatThrownBy(() -> this.factors.addGridFactor(
				new FactorLibrary.NewFactor("KR", null, null, 2031, "x", "CO2", BigDecimal.ONE, "kg/MWh", " ")))
			.isInstanceOf(InvalidCalculationException.class);
		this.factors.addGridFactor(grid);
		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.2,2,homes,,,,2000,MWh,,,,,,,,,,,,,high,bills\n";
		var id = this.inventories.importFile(city, details(2031), csv.getBytes(StandardCharsets.UTF_8), false)
			.storedId();
		var stored = this.inventories.inventory(id);
		// 2000 MWh × 450.5 kg/MWh = 901 t
		assertThat(stored.header().basic()).isEqualByComparingTo("901");
		assertThat(stored.entries().get(0).calculation()).contains("450.5").contains("Test ministry bulletin");
		// A later factor does not change what is stored.
		this.factors.addGridFactor(new FactorLibrary.NewFactor("KR", null, null, 2031, "Korean grid 2031 revised",
				"CO2", new BigDecimal("400"), "kg/MWh", "Revised bulletin"));
		assertThat(this.inventories.inventory(id).header().basic()).isEqualByComparingTo("901");
	}

	@Test
	void aCitysOwnFactorsReplaceTheDefaultsForTheirFuelAndTheGridFactorForElectricity() throws Exception {
		var city = newCity();
		signIn(Role.SECRETARIAT);
		this.factors.addGridFactor(new FactorLibrary.NewFactor("KR", null, null, 2033, "Korean grid 2033", "CO2",
				new BigDecimal("500"), "kg/MWh", "Grid bulletin 2033"));
		this.factors.addCityFactor(new FactorLibrary.NewFactor(null, null, city, 2030, "Natural Gas", "CO2",
				new BigDecimal("50000"), "kg/TJ", "City gas utility report 2030"));
		this.factors.addCityFactor(new FactorLibrary.NewFactor(null, null, city, 2031, "electricity", "CO2",
				new BigDecimal("300"), "kg/MWh", "City supply contract 2031"));
		// A factor of a later year than the inventory's is not used.
		this.factors.addCityFactor(new FactorLibrary.NewFactor(null, null, city, 2034, "Natural Gas", "CO2",
				new BigDecimal("1"), "kg/TJ", "Future report"));
		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.1,1,heating,,,Natural Gas,10,TJ,,,,,,,,,,,,,high,meter readings\n"
				+ "I.1.2,2,homes,,,,2000,MWh,,,,,,,,,,,,,high,bills\n"
				+ "I.2.1,1,offices,,,Natural Gas,10,TJ,,56100,kg/TJ,,,,,IPCC value stated by the city,,,,,high,bills\n";
		var id = this.inventories.importFile(city, details(2033), csv.getBytes(StandardCharsets.UTF_8), false)
			.storedId();
		var entries = this.inventories.inventory(id).entries();
		// 10 TJ × 50,000 kg/TJ = 500 t CO2, plus the IPCC CH4 and N2O defaults (no city
		// factor
		// for those gases).
		assertThat(entries.get(0).calculation()).contains("City gas utility report 2030").doesNotContain("Future");
		assertThat(entries.get(0).co2e()).isGreaterThan(new BigDecimal("500")).isLessThan(new BigDecimal("502"));
		// 2,000 MWh × 300 kg/MWh: the city's own electricity factor before the country's
		// grid.
		assertThat(entries.get(1).co2e()).isEqualByComparingTo("600");
		assertThat(entries.get(1).calculation()).contains("City supply contract 2031").doesNotContain("Grid bulletin");
		// A line with factors of its own keeps them: 10 TJ × 56,100 kg/TJ = 561 t CO2.
		assertThat(entries.get(2).calculation()).contains("IPCC value stated by the city")
			.doesNotContain("City gas utility");
		assertThat(entries.get(2).co2e()).isGreaterThan(new BigDecimal("561"));
	}

	@Test
	void concurrentEditsOfOneVersionNeverLoseAnUpdate() throws Exception {
		var city = newCity();
		signIn(Role.SECRETARIAT);
		var id = this.inventories.importFile(city, details(2021), seoul(), false).storedId();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var outcomes = new ArrayList<java.util.concurrent.Future<String>>();
		for (var population : new String[] { "111", "222" }) {
			outcomes.add(pool.submit(() -> {
				signIn(Role.SECRETARIAT);
				start.await();
				try {
					this.inventories.updateFacts(id, 0, Boundary.ADMINISTRATIVE, null, new BigDecimal(population),
							"census", null, null, null, null);
					return "stored " + population;
				}
				catch (ConflictException ex) {
					return "conflict";
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		var results = new ArrayList<String>();
		for (var f : outcomes) {
			results.add(f.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).containsOnlyOnce("conflict");
		var stored = this.inventories.inventory(id).header();
		assertThat(stored.version()).isEqualTo(1);
		assertThat(results).contains("stored " + stored.population().stripTrailingZeros().toPlainString());
	}

}
