/**
 * Accounts, sign-up and email verification, login, password reset, roles and the audit
 * log.
 */
@ApplicationModule(allowedDependencies = { "shared", "mail" })
@NullMarked
package org.lccp.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
