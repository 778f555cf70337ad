package org.lccp.membership;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Membership settings.
 *
 * @param secretariatEmail address told of new submissions and replies from applicants
 */
@ConfigurationProperties("lccp.membership")
record MembershipProperties(@DefaultValue("secretariat@lccp.localhost") String secretariatEmail) {
}
