/**
 * Business-as-usual projections, the emission pathways a city's targets imply and the
 * city's progress along them, built on the published inventories and the target registry.
 * Pages and the API read everything through {@link org.lccp.pathways.PathwaysManagement}.
 */
@ApplicationModule(allowedDependencies = { "shared", "cities", "inventory", "identity", "opendata" })
@NullMarked
package org.lccp.pathways;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
