package org.lccp.cities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country, by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
class Country {

	@Id
	private String code;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "name_native")
	private String nameNative;

	@Version
	private long version;

	protected Country() {
	}

	Country(String code, String nameEn, String nameNative) {
		this.code = code;
		this.nameEn = nameEn;
		this.nameNative = nameNative;
	}

	String getCode() {
		return this.code;
	}

	String getNameEn() {
		return this.nameEn;
	}

	String getNameNative() {
		return this.nameNative;
	}

}
