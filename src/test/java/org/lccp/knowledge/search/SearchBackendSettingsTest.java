package org.lccp.knowledge.search;

import java.util.HashMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The operator's search settings become Hibernate Search's: a cluster with its outbox,
 * and the schema management an upgrade of the analysis needs.
 */
class SearchBackendSettingsTest {

	@Test
	void aClusterIsIndexedThroughTheOutboxAndItsSchemaIsValidatedByDefault() {
		var properties = new HashMap<String, Object>();

		new SearchBackendSettings("elasticsearch", "http://search:9200", "", "", "smartcn", "", "")
			.customize(properties);

		assertThat(properties).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
			.doesNotContainKey("hibernate.search.schema_management.strategy");
	}

	@Test
	void anUpgradeMayRecreateTheClusterIndex() {
		var properties = new HashMap<String, Object>();

		new SearchBackendSettings("elasticsearch", "http://search:9200", "", "", "", "", " Drop-And-Create ")
			.customize(properties);

		assertThat(properties).containsEntry("hibernate.search.schema_management.strategy", "drop-and-create");
	}

	@Test
	void anUnknownSchemaManagementStopsTheStartWithItsName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SearchBackendSettings("lucene", "", "", "", "", "", "drop-everything"))
			.withMessageContaining("lccp.search.schema-management")
			.withMessageContaining("drop-everything");
	}

}
