package org.lccp.identity.apiaccess;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenStore extends JpaRepository<ApiToken, UUID> {

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	@Query("select t from ApiToken t where t.tokenHash = :hash")
	Optional<ApiToken> findByTokenHash(String hash);

}
