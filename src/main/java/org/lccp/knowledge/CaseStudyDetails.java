package org.lccp.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * What only a case study says about itself: the years the work ran and the institution to
 * contact. Its results, gatherings and presentations are collections and stay on the
 * item.
 */
@Embeddable
record CaseStudyDetails(@Column(name = "period_from") @Nullable Integer periodFrom,
		@Column(name = "period_to") @Nullable Integer periodTo,
		@Column(name = "contact_institution") @Nullable String contactInstitution) {

	static final CaseStudyDetails NONE = new CaseStudyDetails(null, null, null);

}
