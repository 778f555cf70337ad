package org.lccp.review;

import java.util.Locale;
import java.util.Optional;

import org.lccp.cities.CitiesManagement;
import org.lccp.cities.CityView;
import org.lccp.identity.AccountView;
import org.lccp.membership.InstitutionView;
import org.lccp.membership.MembershipManagement;

import org.springframework.stereotype.Component;

/**
 * Who may not review a city's plan or write its study because they belong to the city:
 * its focal points, and the people of member institutions located in the city. A person
 * belongs to an institution when they applied for its membership (the platform records
 * the applicant) or when their account names it as their affiliation (English or original
 * name; accepting a membership sets it).
 */
@Component
class ConflictRules {

	private final CitiesManagement cities;

	private final MembershipManagement membership;

	ConflictRules(CitiesManagement cities, MembershipManagement membership) {
		this.cities = cities;
		this.membership = membership;
	}

	/**
	 * Refuses a person of the host city with the reason named on the form field.
	 * @throws ReviewRefusedException naming the field {@code email}
	 */
	void requireOutsideHost(CityView city, AccountView account) {
		if (this.cities.isFocalPoint(city.id(), account.id())) {
			throw new ReviewRefusedException("email", "review.error.hostCity");
		}
		hostInstitution(city, account).ifPresent((institution) -> {
			throw new ReviewRefusedException("email", "review.error.hostInstitution", institution.nameEnglish());
		});
	}

	/** The member institution of the host city the person belongs to, if any. */
	Optional<InstitutionView> hostInstitution(CityView city, AccountView account) {
		var members = this.membership.activeMembersIn(city.countryCode(), city.nameEn());
		if (members.isEmpty()) {
			return Optional.empty();
		}
		var applied = this.membership.institutionsAppliedFor(account.id());
		var affiliation = normalised(account.affiliation());
		return members.stream()
			.filter((i) -> applied.contains(i.id())
					|| (!affiliation.isEmpty() && (affiliation.equals(normalised(i.nameEnglish()))
							|| affiliation.equals(normalised(i.nameOriginal())))))
			.findFirst();
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
