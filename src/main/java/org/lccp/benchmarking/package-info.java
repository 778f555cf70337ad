/**
 * Benchmarking (issue 14): indicator systems kept by the secretariat, indicator values
 * per city and year computed from the platform's own data or reported with a source, the
 * composite index with its rank ranges, "cities like mine", clusters and saved peer
 * groups. Everything outside reads through
 * {@link org.lccp.benchmarking.BenchmarkingManagement}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "cities", "inventory", "pathways", "opendata" })
@NullMarked
package org.lccp.benchmarking;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
