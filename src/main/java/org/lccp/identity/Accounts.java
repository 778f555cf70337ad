package org.lccp.identity;

import java.util.Optional;
import java.util.UUID;

import org.lccp.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID> {

	Optional<Account> findByEmailNormalised(String emailNormalised);

	@Query("select count(a) > 0 from Account a join a.roles r where r = :role")
	boolean existsWithRole(Role role);

	@Query("""
			select a from Account a
			where (:q = '' or lower(a.email) like lower(concat('%', :q, '%')) or lower(a.displayName) like lower(concat('%', :q, '%')))
			order by a.createdAt desc""")
	Page<Account> search(String q, Pageable page);

}
