/**
 * Value types, web layout, languages, error handling and database start-up shared by
 * every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.lccp.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
