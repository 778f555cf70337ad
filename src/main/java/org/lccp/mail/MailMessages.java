package org.lccp.mail;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface MailMessages extends JpaRepository<MailMessage, UUID> {

	/**
	 * Skips rows another node is sending right now, so two nodes never send the same
	 * mail.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from MailMessage m where m.status = org.lccp.mail.MailStatus.PENDING order by m.createdAt")
	List<MailMessage> findPending(Pageable page);

	@Query("select m from MailMessage m where (:recipient = '' or lower(m.recipient) like lower(concat('%', :recipient, '%'))) order by m.createdAt desc")
	Page<MailMessage> search(String recipient, Pageable page);

}
