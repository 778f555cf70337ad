package org.lccp.membership;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.ActivityArea;

/**
 * A member institution as pages and other modules see it.
 */
public record InstitutionView(UUID id, String nameOriginal, String nameEnglish, InstitutionType type, String country,
		String city, String website, String description, boolean offersExperts, ActivityArea resourceCentreArea,
		InstitutionStatus status, @Nullable LocalDate memberSince, String sourceNote) {

	/**
	 * True when the name in its own script differs from the English one and is worth
	 * showing too.
	 */
	public boolean hasOriginalName() {
		return this.nameOriginal != null && !this.nameOriginal.equals(this.nameEnglish);
	}

}
