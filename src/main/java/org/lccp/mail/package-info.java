/**
 * Outgoing mail: every message is written to an outbox table in the sender's transaction
 * and delivered over SMTP when one is configured; without SMTP the secretariat reads the
 * outbox on an admin page.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.lccp.mail;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
