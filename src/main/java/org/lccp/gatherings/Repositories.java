package org.lccp.gatherings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Gatherings extends JpaRepository<Gathering, UUID> {

	/**
	 * The gathering, locked ({@code select ... for update}) until the transaction ends:
	 * registrations, cancellations and promotions of one gathering queue up here, so no
	 * two of them decide on the same seat.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from Gathering g where g.id = :id")
	Optional<Gathering> lockById(UUID id);

	/**
	 * Gatherings not yet over, soonest first. {@code startedSince} bounds the scan of the
	 * (starts_at, title) index: no gathering not yet over started before now less the
	 * longest gathering's duration ({@link #longestSeconds}), so the page is read from
	 * that point on instead of past every gathering ever held. Without its total (see
	 * {@link #countUpcoming}).
	 */
	@Query(value = """
			select g from Gathering g
			where g.endsAt > :now and g.startsAt >= :startedSince
			  and (:type is null or g.type = :type)
			  and (:format is null or g.format = :format)
			  and (:country = '' or g.venueCountry = :country)
			  and (:theme = '' or lower(g.theme) like concat('%', :theme, '%') or lower(g.title) like concat('%', :theme, '%'))
			order by g.startsAt, g.title""")
	Slice<Gathering> upcoming(Instant now, Instant startedSince, @Nullable GatheringType type,
			@Nullable GatheringFormat format, String country, String theme, Pageable page);

	/**
	 * A page of the gatherings that are over, latest first, without their total (see
	 * {@link #countMatching}). A gathering over by now also started by now; saying so
	 * lets the index scan begin at now instead of passing every upcoming one.
	 */
	@Query(value = """
			select g from Gathering g
			where g.endsAt <= :now and g.startsAt <= :now
			  and (:type is null or g.type = :type)
			  and (:format is null or g.format = :format)
			  and (:country = '' or g.venueCountry = :country)
			  and (:theme = '' or lower(g.theme) like concat('%', :theme, '%') or lower(g.title) like concat('%', :theme, '%'))
			order by g.startsAt desc, g.title""")
	Slice<Gathering> past(Instant now, @Nullable GatheringType type, @Nullable GatheringFormat format, String country,
			String theme, Pageable page);

	/**
	 * Every gathering the filters match, over or not: the past tab's total is this less
	 * the upcoming ones, since a gathering is either over or not yet over (ends_at is
	 * never before starts_at).
	 */
	@Query("""
			select count(*) from Gathering g
			where (:type is null or g.type = :type)
			  and (:format is null or g.format = :format)
			  and (:country = '' or g.venueCountry = :country)
			  and (:theme = '' or lower(g.theme) like concat('%', :theme, '%') or lower(g.title) like concat('%', :theme, '%'))""")
	long countMatching(@Nullable GatheringType type, @Nullable GatheringFormat format, String country, String theme);

	/** How many gatherings the filters match that are not over yet. */
	@Query("""
			select count(*) from Gathering g
			where g.endsAt > :now and g.startsAt >= :startedSince
			  and (:type is null or g.type = :type)
			  and (:format is null or g.format = :format)
			  and (:country = '' or g.venueCountry = :country)
			  and (:theme = '' or lower(g.theme) like concat('%', :theme, '%') or lower(g.title) like concat('%', :theme, '%'))""")
	long countUpcoming(Instant now, Instant startedSince, @Nullable GatheringType type,
			@Nullable GatheringFormat format, String country, String theme);

	/**
	 * How long the longest gathering lasts, in whole seconds rounded up (0 without
	 * gatherings): one probe of the duration index.
	 */
	@Query(value = "select coalesce(cast(ceil(extract(epoch from max(ends_at - starts_at))) as bigint), 0) from gathering",
			nativeQuery = true)
	long longestSeconds();

	/**
	 * The venues' countries, each once, in order. Read as a loose index scan (one probe
	 * of the country index per country) rather than by reading every gathering.
	 */
	@Query(value = """
			with recursive country(code) as (
			  select min(venue_country) from gathering
			  union all
			  select (select min(g.venue_country) from gathering g where g.venue_country > country.code)
			  from country where country.code is not null)
			select code from country where code is not null order by code""", nativeQuery = true)
	List<String> countries();

	@Query("select g from Gathering g order by g.startsAt desc")
	List<Gathering> newestFirst(Pageable page);

	@Query("select g from Gathering g where lower(g.title) like concat('%', :query, '%') order by g.startsAt desc, g.title")
	List<Gathering> titled(String query, Pageable page);

	@Query("select g from Gathering g where g.venueCityId = :cityId order by g.startsAt desc")
	List<Gathering> heldIn(UUID cityId);

	@Query("""
			select g from Gathering g
			where g.venueCityId is null and g.venueCity is not null and g.venueCountry is not null""")
	List<Gathering> unlinkedVenues();

}

interface Registrations extends JpaRepository<Registration, UUID> {

	long countByGatheringIdAndModeAndStatus(UUID gatheringId, AttendanceMode mode, RegistrationStatus status);

	@Query("""
			select r from Registration r
			where r.gatheringId = :gatheringId and r.accountId = :accountId
			  and r.status <> org.lccp.gatherings.RegistrationStatus.CANCELLED""")
	Optional<Registration> active(UUID gatheringId, UUID accountId);

	@Query("""
			select r from Registration r
			where r.gatheringId = :gatheringId and r.mode = :mode
			  and r.status = org.lccp.gatherings.RegistrationStatus.WAITLISTED
			order by r.registeredAt, r.id""")
	List<Registration> waitingList(UUID gatheringId, AttendanceMode mode);

	/** How many of the waiting list are ahead of the given place. */
	@Query("""
			select count(r) from Registration r
			where r.gatheringId = :gatheringId and r.mode = :mode
			  and r.status = org.lccp.gatherings.RegistrationStatus.WAITLISTED
			  and (r.registeredAt < :registeredAt or (r.registeredAt = :registeredAt and r.id < :id))""")
	long aheadInLine(UUID gatheringId, AttendanceMode mode, Instant registeredAt, UUID id);

	@Query("""
			select r from Registration r
			where r.gatheringId = :gatheringId
			  and r.status <> org.lccp.gatherings.RegistrationStatus.CANCELLED
			order by r.status, lower(r.name), r.registeredAt""")
	List<Registration> participants(UUID gatheringId);

	@Query("""
			select r.mode, r.status, count(r), count(r.checkedInAt) from Registration r
			where r.gatheringId = :gatheringId group by r.mode, r.status""")
	List<Object[]> counts(UUID gatheringId);

	/**
	 * The counts of {@link #counts} for many gatherings in one query, each row led by its
	 * gathering's id: lists and feeds ask once, not once per gathering.
	 */
	@Query("""
			select r.gatheringId, r.mode, r.status, count(r), count(r.checkedInAt) from Registration r
			where r.gatheringId in :gatheringIds group by r.gatheringId, r.mode, r.status""")
	List<Object[]> countsOf(java.util.Collection<UUID> gatheringIds);

}

interface AgendaSessions extends JpaRepository<AgendaSession, Long> {

	List<AgendaSession> findByGatheringIdOrderByStartsAtAscIdAsc(UUID gatheringId);

}

interface Materials extends JpaRepository<Material, Long> {

	@Query("select m from Material m where m.gatheringId = :gatheringId order by m.kind, m.id")
	List<Material> of(UUID gatheringId);

}

interface Feedbacks extends JpaRepository<Feedback, Long> {

	boolean existsByGatheringIdAndAccountId(UUID gatheringId, UUID accountId);

	@Query("select f from Feedback f where f.gatheringId = :gatheringId order by f.givenAt desc")
	List<Feedback> of(UUID gatheringId);

}
