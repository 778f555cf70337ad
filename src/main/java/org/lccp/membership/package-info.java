/**
 * Institutions and their membership: applications, the secretariat's decisions,
 * suspensions and the public member directory, also as open data (the
 * {@code /api/v1/institutions} API and the {@code institutions} table of the bulk
 * download).
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "mail", "opendata" })
@NullMarked
package org.lccp.membership;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
