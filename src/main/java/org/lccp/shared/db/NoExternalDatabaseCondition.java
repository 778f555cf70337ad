package org.lccp.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when neither {@code spring.datasource.url} nor its environment variable is set:
 * then the platform runs its own PostgreSQL.
 */
class NoExternalDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !context.getEnvironment().containsProperty("spring.datasource.url");
	}

}
