/**
 * Peer review of city low-carbon plans: a city's request, the secretariat's decision, a
 * pinned version of the criteria, a team without conflicts of interest, scores with
 * private notes, recommendations, the city's right of reply, publication and follow-up.
 * Pages and the API go through {@link org.lccp.review.ReviewManagement}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "cities", "mail", "gatherings", "knowledge", "files",
		"membership", "experts", "benchmarking", "capacity", "programme", "opendata" })
@NullMarked
package org.lccp.review;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
