package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.demo.DemoDatasets;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registry data for tests of any module: cities, facts, targets and focal points written
 * without access checks, as the demo data writes them. The writers are package-private in
 * the cities module (no caller of the application may use them); this bean, found by the
 * component scan of the test classes, opens them to tests only.
 */
@Component
public class CityFixtures {

	private final CitySeeds seeds;

	CityFixtures(CitySeeds seeds) {
		this.seeds = seeds;
	}

	/**
	 * Loads the demo cities into the shared test database once (tests run with demo data
	 * off).
	 */
	public static synchronized void loadDemo(ApplicationContext context) {
		demoData(context).loadSeedDocuments();
	}

	/** Registers the fictitious training city once, for the training inventory. */
	public static synchronized void loadTrainingCity(ApplicationContext context) {
		demoData(context).loadTrainingCity();
	}

	private static CitiesDemoData demoData(ApplicationContext context) {
		return new CitiesDemoData(context.getBean(DemoDatasets.class), context.getBean(CitySeeds.class),
				context.getBean(AccountManagement.class), context.getBean(PlatformTransactionManager.class));
	}

	public void ensureCountry(String code, String nameEn, @Nullable String nameNative) {
		this.seeds.ensureCountry(code, nameEn, nameNative);
	}

	public UUID registerCity(CityDetails details) {
		return this.seeds.registerCity(details);
	}

	public void registerFact(UUID cityId, FactKind kind, int year, BigDecimal value, RegistryUnit unit, String source) {
		this.seeds.registerFact(cityId, kind, year, value, unit, source);
	}

	public UUID registerTarget(@Nullable UUID cityId, String countryCode, TargetDetails details) {
		return this.seeds.registerTarget(cityId, countryCode, details);
	}

	public void registerFocalPoint(UUID cityId, UUID accountId) {
		this.seeds.registerFocalPoint(cityId, accountId);
	}

	public @Nullable UUID findCity(String countryCode, String nameEn) {
		return this.seeds.findCity(countryCode, nameEn);
	}

}
