/**
 * The platform's clock: one {@link java.time.Clock} bean, in UTC, that every module takes
 * instead of asking the system for the time, so that deadlines, reminders and follow-up
 * dates can be tested at a chosen moment.
 */
@NullMarked
package org.lccp.shared.time;

import org.jspecify.annotations.NullMarked;
