package org.lccp.identity;

import java.time.Clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.lccp.shared.web.Paging;
import org.lccp.shared.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who changed which record, when and from where. Modules call {@link #record} in the same
 * transaction as the change, so the log and the data never disagree. Checks no role by
 * rule: it records the caller's own change, already checked by the caller's facade, and
 * needs a running transaction.
 */
@Service
public class AuditLog {

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records a change made by the signed-in account (or by the system when nobody is
	 * signed in).
	 * @param recordType kind of record, e.g. {@code MembershipApplication}
	 * @param recordId its id
	 * @param action what happened, e.g. {@code ACCEPTED}
	 * @param details short human-readable facts: changed fields, reasons
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String recordType, Object recordId, String action, String details) {
		var actor = CurrentUser.get();
		this.entries.save(new AuditEntry(actor.map(CurrentUser.AccountPrincipal::id).orElse(null),
				actor.map(CurrentUser.AccountPrincipal::email).orElse(null), remoteAddress(), recordType,
				String.valueOf(recordId), action, details, this.clock.instant()));
	}

	/**
	 * Records a change on behalf of a named actor, used where the actor is not yet signed
	 * in (sign-up, reset).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordFor(UUID actorId, String actorEmail, String recordType, Object recordId, String action,
			String details) {
		this.entries.save(new AuditEntry(actorId, actorEmail, remoteAddress(), recordType, String.valueOf(recordId),
				action, details, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public Page<Entry> search(Filter filter, int page) {
		var from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay().toInstant(ZoneOffset.UTC);
		var to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
				: filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return this.entries
			.search(blank(filter.actor()), blank(filter.recordType()), blank(filter.recordId()), blank(filter.action()),
					from, to, Paging.of(page, 50, 50))
			.map(AuditEntry::view);
	}

	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return this.entries.recordTypes();
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.entries.actions();
	}

	private static String blank(String value) {
		return value == null ? "" : value.strip();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	/** One audit entry. */
	public record Entry(Long id, Instant occurredAt, UUID actorId, String actorEmail, String remoteAddress,
			String recordType, String recordId, String action, String details) {
	}

	/** Filter of the audit page; empty parts match everything. */
	public record Filter(String actor, String recordType, String recordId, String action, LocalDate from,
			LocalDate to) {
	}

}
