package org.lccp.programme;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Member institutions for programme tests, written as rows: an active Korean research
 * institute and the accepted application that ties an account to it, which is how the
 * programme module tells an institution's accounts.
 */
final class MemberInstitutions {

	private final JdbcClient jdbc;

	MemberInstitutions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new member institution whose accepted application names the account. */
	UUID of(UUID account, String namePrefix) {
		var institution = institution(namePrefix, LocalDate.of(2015, 1, 1));
		this.jdbc.sql("insert into membership_application (id, applicant_id, state, name_original, name_english, "
				+ "name_normalised, type, country, activities, contact_name, contact_email, institution_id, "
				+ "created_at) select :id, :account, 'ACCEPTED', name_original, name_english, name_normalised, "
				+ "type, country, 'x', 'Contact', 'c@test.lccp.example', id, now() from institution where id = :inst")
			.param("id", UUID.randomUUID())
			.param("account", account)
			.param("inst", institution)
			.update();
		return institution;
	}

	/** A new active member institution, without an application. */
	UUID institution(String namePrefix, LocalDate memberSince) {
		var institution = UUID.randomUUID();
		this.jdbc
			.sql("insert into institution (id, name_original, name_english, name_normalised, type, country, "
					+ "description, status, member_since, created_at) values (:id, :n, :n, :n, "
					+ "'RESEARCH_INSTITUTION', 'KR', 'test', 'ACTIVE', :since, now())")
			.param("id", institution)
			.param("n", namePrefix + " " + UUID.randomUUID())
			.param("since", memberSince)
			.update();
		return institution;
	}

}
