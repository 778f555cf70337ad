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
 * @param loginAttemptsPerAccount failed logins of one account from one client address
 * before each further attempt waits (1 s, then doubling); ten times as many from all
 * addresses together
 * @param loginAttemptsPerAddress failed logins from one client address, over all
 * accounts, before each further attempt from it waits
 * @param loginWindow how long a failure is remembered, and the longest wait
 * @param loginTrackedEntries how many accounts, addresses and pairs the login limits
 * remember at most (least used forgotten first)
 */
@ConfigurationProperties("lccp.identity")
record IdentityProperties(@DefaultValue("admin@lccp.localhost") String adminEmail, String adminPassword,
		@DefaultValue("48h") Duration verificationValidity, @DefaultValue("1h") Duration resetValidity,
		@DefaultValue("5") int loginAttemptsPerAccount, @DefaultValue("100") int loginAttemptsPerAddress,
		@DefaultValue("15m") Duration loginWindow, @DefaultValue("100000") long loginTrackedEntries) {
}
