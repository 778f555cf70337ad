/**
 * The secretariat's programme: reports to the Senior Officials Meeting generated from the
 * platform's own records (each module counts its records through
 * {@link org.lccp.shared.domain.ActivityFigures}), kept in versions with the meeting's
 * decisions; the yearly work plan linked to the records that deliver it; projects and the
 * ledger of contributions and offers to host a forum.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "membership" })
@NullMarked
package org.lccp.programme;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
