package org.lccp.membership;

/**
 * Kinds of institution the Terms of Reference admit. Companies are deliberately absent:
 * they are not eligible.
 */
public enum InstitutionType {

	NATIONAL_GOVERNMENT, LOCAL_GOVERNMENT, NON_PROFIT, RESEARCH_INSTITUTION, INTERNATIONAL_ORGANISATION

}
