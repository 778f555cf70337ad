package org.lccp.opendata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the open-data API whose refusals name what was refused: a query
 * parameter or body field of the wrong form, a missing parameter or a broken bean
 * validation rule is a 400 problem detail with {@code errors} listing each field and its
 * message; a path variable of the wrong form is a 404 and a refused access a 403 problem
 * detail ({@code OpenDataApiProblems}). Other refusals are shared.web's problem details.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OpenDataApi {

	/**
	 * The OpenAPI tag of the platform's first open-data operations (the registry's and
	 * the member institutions'), one tag although two modules serve them.
	 */
	String TAG = "open data";

	String TAG_DESCRIPTION = "Cities, countries, climate targets and member institutions";

}
