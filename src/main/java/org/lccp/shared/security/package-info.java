/**
 * Roles, the signed-in account and the contract by which modules declare their URL access
 * rules.
 */
@NullMarked
package org.lccp.shared.security;

import org.jspecify.annotations.NullMarked;
