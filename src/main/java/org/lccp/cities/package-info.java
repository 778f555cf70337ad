/**
 * Countries and cities with their facts, the registry of climate targets, comparison and
 * the registry's part of the open data: its API, its tables in the bulk download and its
 * imports, which the opendata module runs.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "membership", "gatherings", "opendata" })
@NullMarked
package org.lccp.cities;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
