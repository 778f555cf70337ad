/**
 * Loading demonstration data once per database, and the passwords of demo accounts.
 */
@NullMarked
package org.lccp.shared.demo;

import org.jspecify.annotations.NullMarked;
