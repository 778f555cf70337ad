package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published knowledge items and the quantified results of case studies, as tables of
 * the bulk download. Texts are given in the original language; the API gives every
 * language version.
 */
@Component
class KnowledgeOpenData implements OpenDataTables {

	private static final int BATCH = 500;

	private final KnowledgeItems items;

	private final TransactionTemplate readOnly;

	KnowledgeOpenData(KnowledgeItems items, PlatformTransactionManager transactions) {
		this.items = items;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public List<Table> tables() {
		var itemTable = new Table("knowledge_items",
				List.of("id", "kind", "original_language", "title", "summary", "languages", "countries", "cities",
						"categories", "sectors", "year", "date", "url"),
				(sink) -> each((item) -> sink.accept(Arrays.asList(item.id(), item.kind(), item.originalLanguage(),
						item.original().title(), item.original().summary(),
						String.join(" ", item.translations().keySet()), String.join(" ", item.countries()),
						String.join("; ", item.cities().stream().map(KnowledgeItem.CityRef::cityName).toList()),
						String.join(" ", item.categories()),
						String.join(" ", item.sectors().stream().map(Enum::name).toList()), item.effectiveYear(),
						item.sortDate(), "/" + item.kind().path() + "/" + item.id()))));
		var resultTable = new Table("case_study_results",
				List.of("case_study_id", "value", "unit", "measured", "baseline_year"),
				(sink) -> each((item) -> item.results()
					.forEach((r) -> sink
						.accept(Arrays.asList(item.id(), r.value(), r.unit(), r.measured(), r.baselineYear())))));
		return List.of(itemTable, resultTable);
	}

	private void each(java.util.function.Consumer<KnowledgeItem> action) {
		for (int page = 0;; page++) {
			var number = page;
			var batch = this.readOnly.execute((status) -> {
				var found = this.items.findByStatus(ContentStatus.PUBLISHED,
						PageRequest.of(number, BATCH, Sort.by("id")));
				var list = new ArrayList<KnowledgeItem>(found.getContent());
				list.forEach(action);
				return found;
			});
			if (batch == null || !batch.hasNext()) {
				return;
			}
		}
	}

}
