package org.lccp.cities;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CountryRecords extends JpaRepository<Country, String> {

}

interface Cities
		extends JpaRepository<City, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<City> {

	@Query("select c from City c where c.countryCode = :country and lower(c.nameEn) = lower(:name)")
	List<City> byName(String country, String name);

	/** Cities with this name, lower-cased, in any of their languages. */
	@Query("""
			select c from City c where lower(c.nameEn) = :name or lower(c.nameZh) = :name or lower(c.nameJa) = :name
			or lower(c.nameKo) = :name or lower(c.nameRu) = :name or lower(c.nameMn) = :name
			or lower(c.nameNative) = :name""")
	List<City> byAnyName(String name);

	@Query("select c from City c where c.nameEn in :names")
	List<City> byEnglishNames(java.util.Collection<String> names);

	@Query("select c from City c where c.id > :after order by c.id")
	List<City> batchAfter(UUID after, Pageable page);

	@Query("select max(c.updatedAt) from City c")
	java.time.@Nullable Instant lastUpdate();

	@Query("select c.countryCode, count(c) from City c group by c.countryCode")
	List<Object[]> countByCountry();

	@Query(value = "select account_id from city_editor where city_id = :city", nativeQuery = true)
	List<UUID> editors(UUID city);

	@Query(value = "select city_id from city_editor where account_id = :account", nativeQuery = true)
	List<UUID> editedBy(UUID account);

	@Query(value = "select count(*) > 0 from city_editor where city_id = :city and account_id = :account",
			nativeQuery = true)
	boolean isEditor(UUID city, UUID account);

	@Modifying
	@Query(value = "insert into city_editor (city_id, account_id) values (:city, :account) on conflict do nothing",
			nativeQuery = true)
	int addEditor(UUID city, UUID account);

	@Modifying
	@Query(value = "delete from city_editor where city_id = :city and account_id = :account", nativeQuery = true)
	int removeEditor(UUID city, UUID account);

}

interface CityFacts extends JpaRepository<CityFact, Long> {

	@Query("select f from CityFact f where f.id > :after order by f.id")
	List<CityFact> batchAfter(long after, Pageable page);

	@Query("select f from CityFact f where f.cityId = :city order by f.kind, f.year")
	List<CityFact> series(UUID city);

	@Query("select f from CityFact f where f.cityId in :cities order by f.kind, f.year")
	List<CityFact> series(Collection<UUID> cities);

}

interface Targets extends JpaRepository<ClimateTarget, UUID>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<ClimateTarget> {

	@Query("select t from ClimateTarget t where t.id > :after order by t.id")
	List<ClimateTarget> batchAfter(UUID after, Pageable page);

	@Query("select max(t.updatedAt) from ClimateTarget t")
	java.time.@Nullable Instant lastUpdate();

	@Query("select t from ClimateTarget t where t.cityId = :city order by t.targetYear, t.title")
	List<ClimateTarget> ofCity(UUID city);

	@Query("select t from ClimateTarget t where t.cityId is null and t.countryCode = :country order by t.targetYear")
	List<ClimateTarget> national(String country);

	@Query("""
			select count(distinct t.cityId) from ClimateTarget t
			where t.countryCode = :country and t.cityId is not null and t.type = :type""")
	long citiesWith(String country, TargetType type);

	@Query("""
			select distinct t.cityId from ClimateTarget t
			where t.cityId is not null and t.type in :types order by t.cityId""")
	List<UUID> citiesWithAnyOf(java.util.Collection<TargetType> types);

}

interface Progress extends JpaRepository<TargetProgress, Long> {

	@Query("select p from TargetProgress p where p.id > :after order by p.id")
	List<TargetProgress> batchAfter(long after, Pageable page);

	@Query("select p from TargetProgress p where p.targetId in :targets order by p.year, p.id")
	List<TargetProgress> of(Collection<UUID> targets);

}
