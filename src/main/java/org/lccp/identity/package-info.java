/**
 * Accounts, sign-up and email verification, login, password reset, roles and the audit
 * log.
 */
@NullMarked
package org.lccp.identity;

import org.jspecify.annotations.NullMarked;
