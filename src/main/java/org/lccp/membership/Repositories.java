package org.lccp.membership;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Institutions extends JpaRepository<Institution, UUID> {

	@Query("""
			select i from Institution i
			where i.status = org.lccp.membership.InstitutionStatus.ACTIVE
			  and (:country = '' or i.country = :country)
			  and (:type is null or i.type = :type)
			order by i.nameEnglish""")
	Page<Institution> directory(String country, @Nullable InstitutionType type, Pageable page);

	@Query("select i.country, count(i) from Institution i where i.status = org.lccp.membership.InstitutionStatus.ACTIVE group by i.country")
	List<Object[]> countByCountry();

	@Query("select i.type, count(i) from Institution i where i.status = org.lccp.membership.InstitutionStatus.ACTIVE group by i.type")
	List<Object[]> countByType();

	@Query("""
			select i from Institution i
			where i.status = org.lccp.membership.InstitutionStatus.ACTIVE
			  and i.country = :country and lower(i.city) = lower(:city)
			order by i.nameEnglish""")
	List<Institution> activeIn(String country, String city);

	/** Every institution of a country, whatever its state, to look for duplicates. */
	List<Institution> findByCountry(String country);

}

interface Applications extends JpaRepository<MembershipApplication, UUID> {

	List<MembershipApplication> findByApplicantIdOrderByCreatedAtDesc(UUID applicantId);

	/**
	 * The queue; {@code nominatedBy} is empty for every application, {@code *} for all
	 * nominations, or a country code for that Member State's nominations.
	 */
	@Query("""
			select a from MembershipApplication a
			where (:state is null and a.state in (org.lccp.membership.ApplicationState.SUBMITTED, org.lccp.membership.ApplicationState.MORE_INFO_REQUESTED)
			       or a.state = :state)
			  and (:nominatedBy = '' or (:nominatedBy = '*' and a.nominatedByCountry is not null)
			       or a.nominatedByCountry = :nominatedBy)
			order by coalesce(a.submittedAt, a.createdAt)""")
	Page<MembershipApplication> queue(@Nullable ApplicationState state, String nominatedBy, Pageable page);

	@Query("""
			select a from MembershipApplication a
			where a.country = :country
			  and a.state in (org.lccp.membership.ApplicationState.SUBMITTED, org.lccp.membership.ApplicationState.MORE_INFO_REQUESTED)""")
	List<MembershipApplication> openIn(String country);

	@Query("select a.state, count(a) from MembershipApplication a group by a.state")
	List<Object[]> countByState();

	/**
	 * The other applications of a country that were not rejected, to look for duplicates.
	 */
	@Query("""
			select a from MembershipApplication a
			where a.country = :country and a.id <> :except
			  and a.state <> org.lccp.membership.ApplicationState.REJECTED""")
	List<MembershipApplication> othersIn(String country, UUID except);

}

interface NationalFocalPoints extends JpaRepository<NationalFocalPoint, UUID> {

	List<NationalFocalPoint> findAllByOrderByCountryAscAppointedAtAsc();

}

interface ApplicationMessages extends JpaRepository<ApplicationMessage, Long> {

	@Query("select m from ApplicationMessage m where m.applicationId = :applicationId order by m.createdAt, m.id")
	List<ApplicationMessage> thread(UUID applicationId);

}

interface ApplicationTransitions extends JpaRepository<ApplicationTransition, Long> {

	@Query("select t from ApplicationTransition t where t.applicationId = :applicationId order by t.occurredAt, t.id")
	List<ApplicationTransition> history(UUID applicationId);

}

interface InstitutionStatusChanges extends JpaRepository<InstitutionStatusChange, Long> {

	@Query("select c from InstitutionStatusChange c where c.institutionId = :institutionId order by c.changedAt, c.id")
	List<InstitutionStatusChange> history(UUID institutionId);

}
