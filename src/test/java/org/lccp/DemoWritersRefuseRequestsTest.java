package org.lccp;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.inventory.Boundary;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryDetails;
import org.lccp.inventory.InventoryManagement;
import org.lccp.membership.ApplicationDetails;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.review.ComparativeStudies;
import org.lccp.review.ReviewManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.AnonymousVisitor;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The writers the demo loaders need (they run at start-up, with nobody signed in, from
 * {@code demo} sub-packages, so they cannot be package-private) accept only the platform
 * itself or the secretariat: a member's or an anonymous visitor's request that reached
 * one from another module stores nothing. {@link ArchitectureTests} keeps their callers
 * to the demo packages.
 */
@LccpTest
class DemoWritersRefuseRequestsTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MembershipManagement membership;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	ComparativeStudies comparatives;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMemberOrAnAnonymousVisitorReachingADemoWriterIsRefusedAndNothingIsStored() {
		var member = new TestAccounts(this.accounts).create("Demo writer member", Role.MEMBER, Role.CITY_FOCAL_POINT,
				Role.EXPERT);
		var city = UUID.randomUUID();
		var name = "Refused " + UUID.randomUUID();

		this.accounts.actingAs(member.id(), () -> {
			everyDemoWriterIsRefused(city, name);
			return null;
		});
		AnonymousVisitor.run(() -> everyDemoWriterIsRefused(city, name));

		assertThat(count("select count(*) from institution where name_english = ?", name)).isZero();
		assertThat(count("select count(*) from inventory where city_id = ?", city)).isZero();
		assertThat(count("select count(*) from review where city_id = ?", city)).isZero();
		assertThat(count("select count(*) from review_comparative where title = ?", name)).isZero();
	}

	@Test
	void theSecretariatMayRegisterAnExistingMemberAsTheDemoDataDoes() {
		var officer = new TestAccounts(this.accounts).create("Demo writer officer", Role.SECRETARIAT);
		var name = "Existing member " + UUID.randomUUID();

		this.accounts.actingAs(officer.id(), () -> this.membership.registerExistingMember(details(name), null, "test"));

		assertThat(
				this.jdbc.queryForObject("select count(*) from institution where name_english = ?", Long.class, name))
			.isOne();
	}

	private void everyDemoWriterIsRefused(UUID city, String name) {
		var inventory = new InventoryDetails(2020, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE, null, "test", null,
				null, null, null, null);
		var held = OffsetDateTime.of(2019, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);
		assertThatThrownBy(() -> this.membership.registerExistingMember(details(name), null, "test"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.inventories.registerPublished(city, inventory, new byte[0]))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.inventories.registerFictitious(city, inventory, new byte[0]))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.reviews.recordHistorical(city, null, held, "2019", null, "test", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.reviews.openDemoReview(city, UUID.randomUUID(), "scope", "en", UUID.randomUUID(), List.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.comparatives.recordFromDocuments(name, 2020, "partners", null,
				"https://example.org/study", "test", List.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static ApplicationDetails details(String name) {
		return new ApplicationDetails(name, name, InstitutionType.RESEARCH_INSTITUTION, "JP", "Kitakyushu", null,
				"Studies.", Set.of(), Set.of(), "Contact", null, "c@example.org", null, false, null);
	}

	private long count(String sql, Object key) {
		return this.jdbc.queryForObject(sql, Long.class, key);
	}

}
