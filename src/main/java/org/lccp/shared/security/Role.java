package org.lccp.shared.security;

/**
 * Roles an account can hold. Anonymous visitors hold none.
 */
public enum Role {

	MEMBER, CITY_FOCAL_POINT, NATIONAL_FOCAL_POINT, EXPERT, RESOURCE_CENTRE, SECRETARIAT;

	public String authority() {
		return "ROLE_" + name();
	}

}
