package org.lccp.review;

import java.util.Locale;
import java.util.Optional;

import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.experts.ExpertRoster;
import org.lccp.identity.AccountView;
import org.lccp.membership.InstitutionView;
import org.lccp.membership.MembershipManagement;

import org.springframework.stereotype.Component;

/**
 * Who may not review a city's plan or write its study because they belong to the city:
 * its focal points, and the people of member institutions located in the city. A person
 * belongs to an institution when they applied for its membership (the platform records
 * the applicant), when their account names it as their affiliation (English or original
 * name; accepting a membership sets it) or when their entry on the expert roster does.
 */
@Component
class ConflictRules {

	private final CityDirectory cities;

	private final MembershipManagement membership;

	private final ExpertRoster roster;

	ConflictRules(CityDirectory cities, MembershipManagement membership, ExpertRoster roster) {
		this.cities = cities;
		this.membership = membership;
		this.roster = roster;
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
		// the account's affiliation, and the institution of its roster entry if listed
		var names = new java.util.HashSet<String>();
		names.add(normalised(account.affiliation()));
		this.roster.ofAccount(account.id()).ifPresent((e) -> names.add(normalised(e.institution())));
		names.remove("");
		return members.stream()
			.filter((i) -> applied.contains(i.id()) || names.contains(normalised(i.nameEnglish()))
					|| names.contains(normalised(i.nameOriginal())))
			.findFirst();
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
