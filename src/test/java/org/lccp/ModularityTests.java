package org.lccp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(LccpApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		modules.verify();
	}

	@Test
	void theFeatureModulesAndTheSharedModuleAreDetected() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"benchmarking", "capacity", "cities", "experts", "files", "gatherings", "inventory", "knowledge",
				"identity", "mail", "membership", "opendata", "pathways", "programme", "review", "portal", "shared");
		// The architecture tests' check of shared names every feature module.
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrderElementsOf(java.util.stream.Stream
				.concat(ArchitectureTests.FEATURE_MODULES.stream(), java.util.stream.Stream.of("shared"))
				.toList());
		assertThat(modules.getModuleByName("membership")
			.orElseThrow()
			.contains("org.lccp.membership.demo.MembershipDemoData")).isTrue();
	}

	@Test
	void everyFeatureModuleDeclaresTheModulesItMayUse() throws Exception {
		for (var module : modules) {
			if ("shared".equals(module.getIdentifier().toString())) {
				continue;
			}
			var info = Class.forName(module.getBasePackage().getName() + ".package-info");
			var declaration = info.getAnnotation(ApplicationModule.class);
			assertThat(declaration).as(module.getIdentifier() + " has @ApplicationModule").isNotNull();
			assertThat(declaration.allowedDependencies()).as(module.getIdentifier() + " allowedDependencies")
				.isNotEmpty()
				.contains("shared");
		}
	}

	@Test
	void moduleDocumentationIsWrittenToTarget() throws Exception {
		var started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		new Documenter(modules).writeDocumentation();
		var folder = Path.of("target", "spring-modulith-docs");
		for (var name : new String[] { "components.puml", "module-membership.puml", "module-membership.adoc",
				"module-identity.puml", "module-mail.puml" }) {
			var file = folder.resolve(name);
			assertThat(file).exists();
			assertThat(Files.getLastModifiedTime(file).toInstant()).isAfterOrEqualTo(started);
		}
	}

}
