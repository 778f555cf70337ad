package org.lccp.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("update AccountToken t set t.usedAt = current_timestamp where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
	void invalidateAll(UUID accountId, AccountToken.Purpose purpose);

}
