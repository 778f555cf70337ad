/**
 * The public face of the platform: the home page with its live figures and the about
 * page.
 */
@ApplicationModule(allowedDependencies = { "shared", "membership" })
@NullMarked
package org.lccp.portal;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
