/**
 * The knowledge hub: case studies, publications, news, networks and policies written by
 * members and published by the secretariat, in several languages, with one search over
 * all of them.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "identity", "cities", "files", "gatherings", "programme", "opendata" })
@NullMarked
package org.lccp.knowledge;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
