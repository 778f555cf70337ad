/**
 * Background work stored in PostgreSQL: a module declares a task as a bean and submits
 * instances of it through {@link org.lccp.shared.jobs.BackgroundJobs}; any node on the
 * database runs them, and the work of a node that stops is taken over by another.
 */
@NullMarked
package org.lccp.shared.jobs;

import org.jspecify.annotations.NullMarked;
