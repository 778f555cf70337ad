package org.lccp.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How a network or programme presents itself. A tool uses the acronym, the lead (its
 * provider) and the website (its link) too; its members are a collection and stay on the
 * item.
 */
@Embeddable
record NetworkDetails(@Column(name = "acronym") @Nullable String acronym,
		@Column(name = "led_by") @Nullable String ledBy,
		@Column(name = "geographic_scope") @Nullable String geographicScope,
		@Column(name = "themes") @Nullable String themes, @Column(name = "website") @Nullable String website) {

	static final NetworkDetails NONE = new NetworkDetails(null, null, null, null, null);

}
