package org.lccp.membership;

import java.util.UUID;

/**
 * An institution became a member through an accepted application.
 */
public record MembershipAccepted(UUID applicationId, UUID institutionId, UUID applicantId, InstitutionType type,
		String country) {
}
