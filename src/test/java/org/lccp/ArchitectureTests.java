package org.lccp;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.inventory.InventoryManagement;
import org.lccp.membership.MembershipManagement;
import org.lccp.review.ComparativeStudies;
import org.lccp.review.ReviewManagement;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

/**
 * Rules of the code base that Spring Modulith does not check: Modulith already refuses
 * access to another module's internals and cycles between modules (see
 * {@link ModularityTests}), so these rules are about what stays inside a module.
 */
class ArchitectureTests {

	static final JavaClasses lccp = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.lccp");

	/**
	 * Every feature module by name; {@link ModularityTests} checks that these are exactly
	 * the modules Spring Modulith finds besides {@code shared}, so a new module is named
	 * here too.
	 */
	static final List<String> FEATURE_MODULES = List.of("benchmarking", "capacity", "cities", "experts", "files",
			"gatherings", "identity", "inventory", "knowledge", "mail", "membership", "opendata", "pathways", "portal",
			"programme", "review");

	/**
	 * Public writers that check no role because the demo data calls them at start-up with
	 * nobody signed in (they refuse any request but the secretariat's).
	 */
	static final Map<Class<?>, Set<String>> DEMO_WRITERS = Map.of(AccountManagement.class, Set.of("createDemoAccount"),
			MembershipManagement.class, Set.of("registerExistingMember"), InventoryManagement.class,
			Set.of("registerPublished", "registerFictitious"), ReviewManagement.class,
			Set.of("recordHistorical", "openDemoReview"), ComparativeStudies.class, Set.of("recordFromDocuments"));

	@Test
	void onlyDemoDataCallsTheDemoWriters() {
		var demoWriter = DescribedPredicate.<JavaMethodCall>describe("a demo writer " + DEMO_WRITERS.values(),
				(call) -> !call.getOriginOwner().equals(call.getTargetOwner()) && DEMO_WRITERS.entrySet()
					.stream()
					.anyMatch((writer) -> call.getTargetOwner().isEquivalentTo(writer.getKey())
							&& writer.getValue().contains(call.getName())));
		noClasses().that()
			.resideOutsideOfPackage("org.lccp..demo..")
			.should()
			.callMethodWhere(demoWriter)
			.because("these writers skip the rules a request meets, so only the demo loaders (which "
					+ "run at start-up) may use them")
			.check(lccp);
	}

	@Test
	void onlyDemoDataAndBackgroundWorkActAsAnotherAccount() {
		noClasses().that()
			.resideOutsideOfPackages("org.lccp.identity..", "org.lccp..demo..")
			.and()
			.doNotHaveFullyQualifiedName("org.lccp.opendata.ImportJobs")
			.and()
			.doNotHaveFullyQualifiedName("org.lccp.review.ReportPublication")
			.should()
			.callMethod(org.lccp.identity.AccountManagement.class, "actingAs", java.util.UUID.class,
					java.util.function.Supplier.class)
			.because("acting as another account bypasses the signed-in account's rights: only demo data, "
					+ "imports run for the account that submitted them and the review report published for the "
					+ "secretariat account that published the review may do it")
			.check(lccp);
	}

	@Test
	void onlyAnAcceptedResourceCentreInvitationGivesTheSignedInAccountARole() {
		noClasses().that()
			.resideOutsideOfPackage("org.lccp.identity..")
			.and()
			.doNotHaveFullyQualifiedName("org.lccp.programme.ResourceCentres")
			.should()
			.callMethod(org.lccp.identity.AccountManagement.class, "grantToSignedInAccount",
					org.lccp.shared.security.Role.class)
			.because("every other role is granted by the secretariat; an account takes a role itself only by "
					+ "accepting the secretariat's invitation to serve as a resource centre, which that class checks")
			.check(lccp);
	}

	@Test
	void onlyTheOpenDataModuleBuildsTheBulkDownloadAndRunsImports() {
		noClasses().that()
			.resideOutsideOfPackage("org.lccp.opendata..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(java.util.zip.ZipOutputStream.class.getName())
			.orShould()
			.callMethod(org.lccp.shared.domain.OpenDataTables.class, "tables")
			.orShould()
			.callMethod(org.lccp.opendata.OpenDataImport.class, "run", java.util.List.class, boolean.class,
					org.lccp.opendata.OpenDataImport.Progress.class)
			.because("modules offer their tables (OpenDataTables) and imports (OpenDataImport) to the opendata "
					+ "module, which alone writes the bulk ZIP and runs imports as background jobs")
			.check(lccp);
	}

	@Test
	void jpaEntitiesAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.notBePublic()
			.because("other modules see records through views, never through entities")
			.check(lccp);
	}

	@Test
	void springDataRepositoriesAreNotPublic() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.because("a module's tables are reached only through its facade")
			.check(lccp);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(lccp);
	}

	@Test
	void controllersGoThroughFacadesNotRepositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("rules, audit entries and mails live in the module facades")
			.check(lccp);
	}

	@Test
	void onlyTheMailModuleTalksToSmtp() {
		noClasses().that()
			.resideOutsideOfPackage("org.lccp.mail..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
			.because("every mail goes through the outbox, in the sender's transaction")
			.check(lccp);
	}

	@Test
	void theSharedModuleDependsOnNoFeatureModule() {
		noClasses().that()
			.resideInAPackage("org.lccp.shared..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.lccp..")
				.and(JavaClass.Predicates.resideOutsideOfPackage("org.lccp.shared.."))
				.and(JavaClass.Predicates.resideOutsideOfPackage("org.lccp")))
			.because("every feature module may use shared, so shared can use none of them, new ones included")
			.check(lccp);
	}

	@Test
	void theSharedModuleDependsOnNoneOfTheNamedFeatureModules() {
		noClasses().that()
			.resideInAPackage("org.lccp.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					FEATURE_MODULES.stream().map((module) -> "org.lccp." + module + "..").toArray(String[]::new))
			.because("every feature module may use shared, so shared may use none of " + FEATURE_MODULES)
			.check(lccp);
	}

	@Test
	void onlyIdentityAndSharedSecurityTouchTheSecurityContext() {
		noClasses().that()
			.resideOutsideOfPackages("org.lccp.identity..", "org.lccp.shared.security..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
			.because("modules ask CurrentUser who is signed in")
			.check(lccp);
	}

	@Test
	void nobodyUsesTheOldDateAndCalendarClasses() {
		// The feed library's model takes java.util.Date; its adapter converts at the
		// edge.
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.lccp.shared.web.Feeds")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Date")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.util.Calendar")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.Timestamp")
			.check(lccp);
	}

	@Test
	void noFieldInjectionStandardStreamsOrJavaUtilLogging() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(lccp);
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(lccp);
		NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(lccp);
	}

}
