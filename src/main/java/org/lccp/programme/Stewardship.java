package org.lccp.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which programme areas an account stewards as a resource centre: those of every centre
 * that is accepted, whose term includes today, and whose institution the account speaks
 * for (it applied for that institution and saw it accepted; a Member State's nomination
 * does not count). Other modules ask this to open their area's queue to the centre; the
 * mapping of an area to their own categories lives with them (docs/modules/programme.md).
 * The term is read on every call, so access ends the day after the term without any job.
 */
@Service
public class Stewardship {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MembershipManagement membership;

	Stewardship(JdbcClient jdbc, MembershipManagement membership, Clock clock) {
		this.jdbc = jdbc;
		this.membership = membership;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Set<ActivityArea> areasOf(UUID accountId) {
		return areasOn(accountId, LocalDate.now(this.clock));
	}

	/**
	 * The signed-in account's areas; none for visitors and for accounts without the
	 * resource-centre role (withdrawing the role ends the stewardship at once).
	 */
	@Transactional(readOnly = true)
	public Set<ActivityArea> areasOfCurrentUser() {
		if (!CurrentUser.has(Role.RESOURCE_CENTRE)) {
			return EnumSet.noneOf(ActivityArea.class);
		}
		return CurrentUser.get().map((p) -> areasOf(p.id())).orElseGet(() -> EnumSet.noneOf(ActivityArea.class));
	}

	public boolean currentUserStewards(ActivityArea area) {
		return areasOfCurrentUser().contains(area);
	}

	Set<ActivityArea> areasOn(UUID accountId, LocalDate day) {
		var areas = EnumSet.noneOf(ActivityArea.class);
		var institutions = this.membership.institutionsAppliedFor(accountId);
		if (institutions.isEmpty()) {
			return areas;
		}
		this.jdbc
			.sql("select distinct area from programme_resource_centre where status = 'ACCEPTED' "
					+ "and :day between term_from and term_to and institution_id in (:institutions)")
			.param("day", day)
			.param("institutions", institutions)
			.query(String.class)
			.list()
			.forEach((area) -> areas.add(ActivityArea.valueOf(area)));
		return areas;
	}

}
