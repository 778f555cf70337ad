package org.lccp.shared.demo;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records which demo datasets a database holds. A module's demo loader claims its dataset
 * in the same transaction as it stores the data, so the data is there once or not at all,
 * even when two nodes start together.
 */
@Component
public class DemoDatasets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	DemoDatasets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a dataset for loading.
	 * @return true when the caller should load it now, false when it is already loaded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(String name) {
		return this.jdbc.update("insert into demo_dataset (name) values (?) on conflict (name) do nothing", name) == 1;
	}

	/** A fresh random password for a demo account; it is logged once and never stored. */
	public static String generatePassword() {
		var bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
