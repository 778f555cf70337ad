package org.lccp.files;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FileRecords extends JpaRepository<FileRecord, UUID> {

	/** The record, locked until the transaction ends, so a preview is made only once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FileRecord f where f.id = :id")
	Optional<FileRecord> lockById(UUID id);

}
