package org.lccp.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Starts one application module of the platform (the package of the annotated test) with
 * the shared module, on a fresh database of the shared test PostgreSQL server.
 * <p>
 * Spring Modulith limits component scanning, entity scanning and the per-module Flyway
 * migrations to the modules of the test, so a module that reaches into another module's
 * tables or beans fails here; beans of modules left out are given as
 * {@code @MockitoBean}s. The rest of the platform's auto-configuration (JPA, Flyway,
 * Hibernate Search, the event publication registry, the platform clock) is the same as in
 * a full start.
 * <p>
 * A module's context serves no other module's tests, and every module has one such test
 * class, so the context is closed after its class instead of being kept in the test JVM's
 * context cache beside the full-application ones: kept, fifteen of them would hold their
 * connection pools, schedulers and search indexes for the rest of the suite. Each pool
 * starts with one connection and grows on demand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@TestPropertySource(properties = "spring.datasource.hikari.minimum-idle=1")
@DirtiesContext
public @interface ModuleTest {

	/**
	 * Which other modules start with the one under test; {@code STANDALONE} unless the
	 * module cannot work without another one's beans and tables.
	 */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode mode() default BootstrapMode.STANDALONE;

	/** Further modules to start, by name. */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
	String[] extraIncludes() default {};

}
