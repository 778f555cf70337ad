/**
 * Institutions and their membership: applications, the secretariat's decisions,
 * suspensions and the public member directory.
 */
@NullMarked
package org.lccp.membership;

import org.jspecify.annotations.NullMarked;
