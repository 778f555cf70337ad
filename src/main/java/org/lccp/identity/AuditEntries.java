package org.lccp.identity;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

	@Query("""
			select e from AuditEntry e
			where (:actor = '' or lower(e.actorEmail) like lower(concat('%', :actor, '%')))
			  and (:recordType = '' or e.recordType = :recordType)
			  and (:recordId = '' or e.recordId = :recordId)
			  and (:action = '' or e.action = :action)
			  and e.occurredAt >= :from and e.occurredAt < :to
			order by e.occurredAt desc, e.id desc""")
	Page<AuditEntry> search(String actor, String recordType, String recordId, String action, Instant from, Instant to,
			Pageable page);

	@Query("select distinct e.recordType from AuditEntry e order by e.recordType")
	java.util.List<String> recordTypes();

	@Query("select distinct e.action from AuditEntry e order by e.action")
	java.util.List<String> actions();

}
