package org.lccp.knowledge;

import java.time.Clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.lccp.cities.CityDirectory;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.domain.Sector;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, the knowledge hub's demo content: networks, policies, case
 * studies, publications and news written from the NEASPEC documents in
 * {@code shared/seeds} ({@code demo/knowledge/*.json}, described in the README there).
 * Every item names its source documents and is labelled as derived from public documents;
 * translations written for the demo are marked machine-translated.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class KnowledgeDemoData implements ApplicationRunner {

	static final String DATASET = "knowledge";

	/**
	 * Tools came after the first knowledge content: claimed on their own, so a database
	 * loaded before them receives them too.
	 */
	static final String TOOLS_DATASET = "knowledge-tools";

	static final String DERIVED = "Demo content derived from public documents: ";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeDemoData.class);

	private static final List<Source> FILES = List.of(new Source("networks.json", ContentKind.NETWORK),
			new Source("policies.json", ContentKind.POLICY), new Source("publications.json", ContentKind.PUBLICATION),
			new Source("case-studies.json", ContentKind.CASE_STUDY), new Source("news.json", ContentKind.NEWS));

	private final DemoDatasets datasets;

	private final KnowledgeItems items;

	private final Revisions revisions;

	private final CityDirectory cities;

	private final TransactionTemplate transaction;

	private final Clock clock;

	KnowledgeDemoData(DemoDatasets datasets, KnowledgeItems items, Revisions revisions, CityDirectory cities,
			PlatformTransactionManager transactions, Clock clock) {
		this.datasets = datasets;
		this.items = items;
		this.revisions = revisions;
		this.cities = cities;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			var keys = new HashMap<String, UUID>();
			if (this.datasets.claim(DATASET)) {
				var count = load(keys);
				log.info("Knowledge hub demo content loaded: {} items", count);
			}
			if (this.datasets.claim(TOOLS_DATASET)) {
				var count = loadTools(keys);
				log.info("Knowledge hub demo tools loaded: {} items", count);
			}
		});
	}

	int load(Map<String, UUID> keys) {
		var mapper = JsonMapper.builder().build();
		var pending = new ArrayList<Pending>();
		var now = this.clock.instant();
		for (var source : FILES) {
			JsonNode list;
			try (var in = new ClassPathResource("demo/knowledge/" + source.file()).getInputStream()) {
				list = mapper.readTree(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read demo content " + source.file(), ex);
			}
			for (var node : list) {
				var item = item(source.kind(), node, now);
				this.items.save(item);
				keys.put(node.path("key").asString(), item.id());
				pending.add(new Pending(item, node));
			}
		}
		for (var p : pending) {
			for (var field : List.of("publications", "networks")) {
				for (var key : p.node().path(field)) {
					var related = keys.get(key.asString());
					if (related != null) {
						p.item().related().add(related);
					}
				}
			}
			this.revisions.save(new Revision(p.item().id(), 1, now, null, Snapshots.of(p.item())));
		}
		return pending.size();
	}

	/**
	 * The tools the seeds name, linked to the case studies about them (found by English
	 * title, so that this also works on a database loaded earlier) and to publications
	 * loaded in the same run.
	 */
	int loadTools(Map<String, UUID> keys) {
		JsonNode list;
		try (var in = new ClassPathResource("demo/knowledge/tools.json").getInputStream()) {
			list = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo content tools.json", ex);
		}
		var caseStudies = new HashMap<String, UUID>();
		this.items.findAll()
			.stream()
			.filter((i) -> i.kind() == ContentKind.CASE_STUDY && i.translations().containsKey("en"))
			.forEach((i) -> caseStudies.put(i.translations().get("en").title(), i.id()));
		var now = this.clock.instant();
		var count = 0;
		for (var node : list) {
			var item = item(ContentKind.TOOL, node, now);
			item.network(
					new NetworkDetails(text(node, "acronym"), text(node, "ledBy"), null, null, text(node, "website")));
			var languages = new ArrayList<String>();
			node.path("languages").forEach((l) -> languages.add(l.asString()));
			item.tool(ToolDetails.of(node.hasNonNull("cost") ? ToolCost.valueOf(node.path("cost").asString()) : null,
					languages));
			for (var title : node.path("caseStudies")) {
				var id = caseStudies.get(title.asString());
				if (id != null) {
					item.related().add(id);
				}
			}
			for (var key : node.path("publications")) {
				var id = keys.get(key.asString());
				if (id != null) {
					item.related().add(id);
				}
			}
			this.items.save(item);
			this.revisions.save(new Revision(item.id(), 1, now, null, Snapshots.of(item)));
			count++;
		}
		return count;
	}

	private KnowledgeItem item(ContentKind kind, JsonNode node, Instant now) {
		var item = new KnowledgeItem(kind, node.path("originalLanguage").asString("en"), null, null, now);
		var sources = new ArrayList<String>();
		node.path("sources").forEach((s) -> sources.add(s.asString()));
		item.demoSource(DERIVED + String.join("; ", sources));
		var original = item.originalLanguage();
		node.path("translations").properties().forEach((entry) -> {
			var t = entry.getValue();
			var status = entry.getKey().equals(original) ? TranslationStatus.ORIGINAL
					: TranslationStatus.valueOf(t.path("status").asString("MACHINE"));
			item.translations()
				.put(entry.getKey(),
						new KnowledgeItem.Translation(t.path("title").asString(), text(t, "summary"),
								RichText.sanitise(text(t, "body")), RichText.sanitise(text(t, "lessons")),
								text(t, "funding"), status));
		});
		node.path("countries").forEach((c) -> item.countries().add(c.asString()));
		if (node.hasNonNull("country")) {
			item.countries().add(node.path("country").asString());
		}
		for (var ref : node.path("cities")) {
			var parts = ref.asString().split("/", 2);
			var id = this.cities.findCity(parts[0], parts[1]);
			if (id != null) {
				item.cities().add(new KnowledgeItem.CityRef(id, parts[1]));
				item.countries().add(parts[0]);
			}
		}
		for (var ref : node.path("memberCities")) {
			var parts = ref.asString().split("/", 2);
			var id = this.cities.findCity(parts[0], parts[1]);
			if (id != null) {
				item.cities().add(new KnowledgeItem.CityRef(id, parts[1]));
			}
		}
		node.path("categories").forEach((c) -> item.categories().add(c.asString()));
		node.path("sectors").forEach((s) -> item.sectors().add(Sector.valueOf(s.asString())));
		for (var link : node.path("links")) {
			item.links().add(new KnowledgeItem.Link(link.path("title").asString(), text(link, "url")));
		}
		for (var r : node.path("results")) {
			item.results()
				.add(new KnowledgeItem.Result(new BigDecimal(r.path("value").asString()), r.path("unit").asString(),
						r.path("measured").asString(), integer(r, "baselineYear")));
		}
		item.caseStudy(new CaseStudyDetails(integer(node, "periodFrom"), integer(node, "periodTo"),
				text(node, "contactInstitution")));
		node.path("gatherings").forEach((g) -> item.presentedAt().add(g.asString()));
		var year = integer(node, "year");
		item.year((year != null) ? year : integer(node, "yearAdopted"));
		if (kind == ContentKind.PUBLICATION) {
			item.publication(new PublicationDetails(PublicationKind.valueOf(node.path("kind").asString()),
					join(node.path("authors")), join(node.path("institutions")), text(node, "language")));
		}
		if (node.hasNonNull("publishedOn")) {
			item.news(new NewsDetails(LocalDate.parse(node.path("publishedOn").asString())));
		}
		if (kind == ContentKind.NETWORK) {
			item.network(new NetworkDetails(text(node, "acronym"), text(node, "ledBy"), text(node, "scope"),
					join(node.path("themes")), text(node, "website")));
			node.path("memberInstitutions").forEach((m) -> item.members().add(m.asString()));
		}
		if (kind == ContentKind.POLICY) {
			item.policy(new PolicyDetails(PolicyLevel.valueOf(node.path("level").asString()),
					PolicyType.valueOf(node.path("type").asString()), text(node, "sourceDocument")));
		}
		// Demo content is published as it loads, without a reviewer.
		item.publish(now);
		return item;
	}

	private static @Nullable String text(JsonNode node, String field) {
		var value = node.path(field);
		return (value.isNull() || value.isMissingNode() || value.asString().isBlank()) ? null : value.asString();
	}

	private static @Nullable Integer integer(JsonNode node, String field) {
		var value = node.path(field);
		return value.isNumber() ? Integer.valueOf(value.asInt()) : null;
	}

	private static @Nullable String join(JsonNode list) {
		var values = new ArrayList<String>();
		list.forEach((v) -> values.add(v.asString()));
		return values.isEmpty() ? null : String.join("; ", values);
	}

	private record Source(String file, ContentKind kind) {
	}

	private record Pending(KnowledgeItem item, JsonNode node) {
	}

}
