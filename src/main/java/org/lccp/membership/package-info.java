/**
 * Institutions and their membership: applications, the secretariat's decisions,
 * suspensions and the public member directory.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "mail" })
@NullMarked
package org.lccp.membership;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
