/**
 * Countries and cities with their facts, the registry of climate targets and the
 * platform's open data: comparison, API, bulk downloads and imports.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "membership", "gatherings" })
@NullMarked
package org.lccp.cities;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
