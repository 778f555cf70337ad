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
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts one application module of the platform (the package of the annotated test) with
 * the shared module, on a fresh database of the shared test PostgreSQL server.
 * <p>
 * Spring Modulith limits component scanning, entity scanning and the per-module Flyway
 * migrations to the modules of the test, so a module that reaches into another module's
 * tables or beans fails here; beans of modules left out are given as
 * {@code @MockitoBean}s. The rest of the platform's auto-configuration (JPA, Flyway,
 * Hibernate Search, the event publication registry, the platform clock) is the same as in
 * a full start. Tests of one module share one context, so keep the set of mocked beans
 * the same across the module's test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
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
