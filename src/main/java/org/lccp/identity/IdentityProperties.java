package org.lccp.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param adminEmail email of the secretariat administrator created on first start
 * @param adminPassword its password; when empty a random one is generated and printed
 * once in the log
 * @param verificationValidity how long an email-verification link works
 * @param resetValidity how long a password-reset link works
 * @param loginAttemptsPerAccount login attempts allowed per account within
 * {@code loginWindow}
 * @param loginAttemptsPerAddress login attempts allowed per client address within
 * {@code loginWindow}
 * @param loginWindow the window of both login limits
 */
@ConfigurationProperties("lccp.identity")
record IdentityProperties(@DefaultValue("admin@lccp.localhost") String adminEmail, String adminPassword,
		@DefaultValue("48h") Duration verificationValidity, @DefaultValue("1h") Duration resetValidity,
		@DefaultValue("5") int loginAttemptsPerAccount, @DefaultValue("20") int loginAttemptsPerAddress,
		@DefaultValue("15m") Duration loginWindow) {
}
