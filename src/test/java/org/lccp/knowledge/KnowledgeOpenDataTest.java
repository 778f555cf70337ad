package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's open-data tables read every published item once, in batches that each start
 * after the last id of the one before, whatever the batch size.
 */
@LccpTest
class KnowledgeOpenDataTest {

	@Autowired
	KnowledgeItems items;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Test
	void everyPublishedItemIsWrittenOnceAcrossBatchesAndNoDraft() {
		var made = new TestItems(this.editorial, this.accounts);
		var published = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			published.add(made.caseStudy("en", "Batch item " + i, "<p>Read in batches.</p>").publish().toString());
		}
		var draft = made.caseStudy("en", "Batch draft", "<p>Not published.</p>").draft().toString();

		var written = ids(new KnowledgeOpenData(this.items, this.transactions, 2));
		assertThat(written).as("each item once").doesNotHaveDuplicates();
		assertThat(written).containsAll(published).doesNotContain(draft);
		assertThat(written).as("the same rows whatever the batch size")
			.containsExactlyInAnyOrderElementsOf(ids(new KnowledgeOpenData(this.items, this.transactions, 500)));
		assertThat(new HashSet<>(written))
			.hasSize((int) this.items.findAll().stream().filter((i) -> i.status() == ContentStatus.PUBLISHED).count());
	}

	private static List<String> ids(KnowledgeOpenData data) {
		var ids = new ArrayList<String>();
		data.tables()
			.stream()
			.filter((t) -> t.name().equals("knowledge_items"))
			.findFirst()
			.orElseThrow()
			.rows()
			.accept((row) -> ids.add(String.valueOf(row.get(0))));
		return ids;
	}

}
