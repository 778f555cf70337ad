/**
 * Gatherings of the platform's community (forums, workshops, trainings, field visits,
 * meetings): agenda, hybrid registration with waiting lists, attendance, outcomes and the
 * calendar.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "mail", "files", "opendata" })
@NullMarked
package org.lccp.gatherings;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
