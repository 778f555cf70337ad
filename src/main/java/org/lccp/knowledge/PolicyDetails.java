package org.lccp.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Where a policy sits (level and type, the cell of the policy comparison) and the
 * document it comes from. The year adopted is the item's year.
 */
@Embeddable
record PolicyDetails(@Enumerated(EnumType.STRING) @Column(name = "policy_level") @Nullable PolicyLevel level,
		@Enumerated(EnumType.STRING) @Column(name = "policy_type") @Nullable PolicyType type,
		@Column(name = "source_document") @Nullable String sourceDocument) {

	static final PolicyDetails NONE = new PolicyDetails(null, null, null);

}
