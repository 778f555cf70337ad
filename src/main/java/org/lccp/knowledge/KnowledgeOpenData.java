package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.data.domain.PageRequest;
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

	private final int batch;

	private final KnowledgeItems items;

	private final TransactionTemplate readOnly;

	@org.springframework.beans.factory.annotation.Autowired
	KnowledgeOpenData(KnowledgeItems items, PlatformTransactionManager transactions) {
		this(items, transactions, 500);
	}

	KnowledgeOpenData(KnowledgeItems items, PlatformTransactionManager transactions, int batch) {
		this.batch = batch;
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

	/**
	 * Every published item, a batch per transaction, each batch read after the last id of
	 * the one before: reading page n by its offset and counting them all for every page
	 * made the download's time grow with the square of the hub (100,000 items).
	 */
	private void each(java.util.function.Consumer<KnowledgeItem> action) {
		// the smallest uuid in PostgreSQL's (unsigned) order
		var after = new UUID(0L, 0L);
		while (true) {
			var from = after;
			var batch = this.readOnly.execute((status) -> {
				var found = this.items.findByStatusAndIdGreaterThanOrderById(ContentStatus.PUBLISHED, from,
						PageRequest.of(0, this.batch));
				var list = new ArrayList<KnowledgeItem>(found.getContent());
				list.forEach(action);
				return found;
			});
			if (batch == null || !batch.hasNext() || batch.getContent().isEmpty()) {
				return;
			}
			after = batch.getContent().get(batch.getContent().size() - 1).id();
		}
	}

}
