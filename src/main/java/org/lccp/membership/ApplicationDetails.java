package org.lccp.membership;

import java.util.Set;

import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;

/**
 * What an institution tells about itself when applying, already validated and cleaned.
 */
public record ApplicationDetails(String nameOriginal, String nameEnglish, InstitutionType type, String country,
		String city, String website, String activities, Set<ActivityArea> interests, Set<Sector> sectors,
		String contactName, String contactPosition, String contactEmail, String contactPhone, boolean offersExperts,
		ActivityArea resourceCentreArea) {

	public ApplicationDetails {
		interests = interests == null ? Set.of() : Set.copyOf(interests);
		sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
	}

}
