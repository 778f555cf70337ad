package org.lccp.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lccp.identity.WebSliceSecurity;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller slice: the named controllers with the platform's MVC configuration, error
 * handling, pages and security chain, but no database and no other module; the facades a
 * controller calls are {@code @MockitoBean}s, and the test imports its module's
 * {@code HttpAccessRules}. Tests talk to it through {@code MockMvcTester}.
 * <p>
 * The anonymous page cache is left out: it follows database changes, and no page of a
 * slice is cached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @Filter(type = FilterType.REGEX, pattern = "org\\.lccp\\.shared\\.web\\.PublicPageCache"))
@Import(WebSliceSecurity.class)
public @interface ControllerSlice {

	/** The controllers to start. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
