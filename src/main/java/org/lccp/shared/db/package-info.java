/**
 * Starts the embedded PostgreSQL server when no external database is configured.
 */
@NullMarked
package org.lccp.shared.db;

import org.jspecify.annotations.NullMarked;
