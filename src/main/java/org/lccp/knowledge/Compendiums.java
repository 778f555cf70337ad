package org.lccp.knowledge;

import java.time.Clock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.PdfDocuments;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The knowledge products the secretariat compiles from published items: the Compendium of
 * Best Practices (case studies by category) and the Booklet on Low Carbon City Networks.
 * Each edition is typeset once as a PDF (cover, contents with page numbers, a section per
 * category, one part per item with its facts, figures and sources) and a DOCX, kept with
 * what it was built from, and published in the hub as a publication that links to its
 * items. Items without a version in the edition's language appear in their original
 * language with a note saying so.
 */
@Service
class Compendiums {

	/** Most items one edition takes: the compendium has about twenty. */
	static final int MAX_ITEMS = 60;

	/** What is compiled, from which kind of item, published as which kind. */
	enum Product {

		COMPENDIUM(ContentKind.CASE_STUDY, PublicationKind.COMPENDIUM),
		BOOKLET(ContentKind.NETWORK, PublicationKind.BOOKLET);

		final ContentKind source;

		final PublicationKind publication;

		Product(ContentKind source, PublicationKind publication) {
			this.source = source;
			this.publication = publication;
		}

	}

	/** A published item that can go into an edition, with the languages it has. */
	record Candidate(UUID id, String title, List<String> categories, List<String> languages, String originalLanguage) {
	}

	/** One item in an edition, in the edition's language or, failing that, its own. */
	record Entry(KnowledgeViews.ItemView item, String anchor) {

		public boolean fallback() {
			return this.item.fallback();
		}

	}

	record Section(String code, String name, @Nullable String introduction, List<Entry> entries) {
	}

	/** Everything the PDF and DOCX are typeset from. */
	record Book(Product product, int number, String language, String title, @Nullable String foreword,
			List<Section> sections, int fallback, LocalDate date) {

		public int items() {
			return this.sections.stream().mapToInt((s) -> s.entries().size()).sum();
		}

	}

	record EditionView(UUID id, Product product, int number, String language, String title, UUID publicationId,
			UUID pdfFileId, UUID docxFileId, int items, int fallback, int pdfMillis, String createdBy,
			Instant createdAt) {

		public String publicationPath() {
			return "/publications/" + this.publicationId;
		}

		public String pdfPath() {
			return "/publications/" + this.publicationId + "/file";
		}

		public String docxPath() {
			return "/files/" + this.docxFileId + "/" + this.product.name().toLowerCase(Locale.ROOT) + "-" + this.number
					+ "-" + this.language + ".docx";
		}

	}

	/**
	 * An edition as the editor asks for it; positions and introductions keyed by id/code.
	 */
	record Request(Product product, String title, String language, @Nullable String foreword, List<UUID> items,
			Map<String, String> introductions) {
	}

	private final KnowledgeItems items;

	private final KnowledgeManagement knowledge;

	private final Editorial editorial;

	private final Attachments attachments;

	private final TemplateEngine templates;

	private final PdfDocuments pdf;

	private final ApplicationContext application;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Compendiums(KnowledgeItems items, KnowledgeManagement knowledge, Editorial editorial, Attachments attachments,
			TemplateEngine templates, PdfDocuments pdf, ApplicationContext application, MessageSource messages,
			JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.items = items;
		this.knowledge = knowledge;
		this.editorial = editorial;
		this.attachments = attachments;
		this.templates = templates;
		this.pdf = pdf;
		this.application = application;
		this.messages = messages;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Candidate> candidates(Product product, Locale reader) {
		var readerLanguage = Language.of(reader).code();
		return this.items.findByKindAndStatus(product.source, ContentStatus.PUBLISHED, PageRequest.of(0, 1000))
			.stream()
			.map((i) -> new Candidate(i.id(), i.translations().get(i.languageFor(readerLanguage)).title(),
					List.copyOf(i.categories()), List.copyOf(i.translations().keySet()), i.originalLanguage()))
			.sorted(java.util.Comparator.comparing(Candidate::title))
			.toList();
	}

	@Transactional(readOnly = true)
	List<EditionView> editions() {
		return this.jdbc.sql("""
				select id, product, number, language, title, publication_id, pdf_file_id, docx_file_id,
				       cardinality(items), fallback_items, pdf_millis, created_by, created_at
				from knowledge_edition order by created_at desc, number desc""")
			.query((rs, n) -> new EditionView(rs.getObject(1, UUID.class), Product.valueOf(rs.getString(2)),
					rs.getInt(3), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class),
					rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), rs.getInt(9), rs.getInt(10),
					rs.getInt(11), rs.getString(12), rs.getObject(13, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Checks what the form cannot: the language, the items and the editor's rights. */
	void validate(Request request, Errors errors) {
		if (Language.fromCode(request.language()).isEmpty()) {
			errors.rejectValue("language", "knowledge.validation.choice");
		}
		if (request.items().isEmpty()) {
			errors.rejectValue("items", "knowledge.compendium.error.noItems");
		}
		if (request.items().size() > MAX_ITEMS) {
			errors.rejectValue("items", "knowledge.compendium.error.tooMany", new Object[] { MAX_ITEMS }, null);
		}
		var found = this.items.findByStatusAndIdIn(ContentStatus.PUBLISHED, request.items());
		if (found.size() != request.items().size()
				|| found.stream().anyMatch((i) -> i.kind() != request.product().source)) {
			errors.rejectValue("items", "knowledge.compendium.error.unknownItem");
		}
		for (var text : request.introductions().values()) {
			if (text.length() > 5000) {
				errors.rejectValue("items", "validation.tooLong");
			}
		}
	}

	/**
	 * Compiles, typesets, stores and publishes a new edition; returns its publication's
	 * id.
	 */
	@Transactional
	UUID build(Request request) {
		var chosen = new LinkedHashMap<UUID, KnowledgeItem>();
		var found = this.items.findByStatusAndIdIn(ContentStatus.PUBLISHED, request.items());
		for (var id : request.items()) {
			found.stream().filter((i) -> i.id().equals(id)).findFirst().ifPresent((i) -> chosen.put(id, i));
		}
		requireRights(request.product(), chosen.values());
		var language = Language.fromCode(request.language()).orElseThrow();
		var locale = language.locale();
		var number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from knowledge_edition where product = ?")
			.param(request.product().name())
			.query(Integer.class)
			.single();
		var book = book(request, number, chosen, locale);
		var started = System.nanoTime();
		var pdfBytes = pdf(book, locale);
		var pdfMillis = (int) ((System.nanoTime() - started) / 1_000_000);
		var docxBytes = docx(book, locale);

		var categories = new LinkedHashSet<String>();
		chosen.values().forEach((i) -> categories.addAll(i.categories()));
		var body = new StringBuilder();
		if (request.foreword() != null) {
			body.append("<p>")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(request.foreword()))
				.append("</p>");
		}
		var summary = message("knowledge.compendium.summary", locale, book.items(), number);
		var form = new ItemForm(ContentKind.PUBLICATION, language.code(), request.title(), summary, body.toString(), "",
				"", new ArrayList<>(), new ArrayList<>(), new ArrayList<>(categories), new ArrayList<>(), null, null,
				"", "", "", request.product().publication, book.date().getYear(), "",
				message("knowledge.compendium.publisher", locale), language.code(), null, "", "", "", "", "", "", null,
				null, "", "", new ArrayList<>(chosen.keySet()), List.of(), null, List.of());
		var publicationId = this.editorial.create(form);
		var base = request.product().name().toLowerCase(Locale.ROOT) + "-" + number + "-" + language.code();
		var pdfFile = this.attachments.storeGenerated(base + ".pdf", pdfBytes, Attachments.Role.PDF);
		var docxFile = this.attachments.storeGenerated(base + ".docx", docxBytes, Attachments.Role.DOCUMENT);
		this.editorial.attachGenerated(publicationId, pdfFile.id(), docxFile.id());
		this.editorial.publish(publicationId, message("knowledge.compendium.edition", locale, number));

		var id = UUID.randomUUID();
		var by = CurrentUser.get().map(CurrentUser.AccountPrincipal::email).orElse("system");
		this.jdbc.sql("""
				insert into knowledge_edition (id, product, number, language, title, foreword, introductions, items,
				    fallback_items, publication_id, pdf_file_id, docx_file_id, pdf_millis, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, request.product().name(), number, language.code(), request.title(), request.foreword(),
					JsonMapper.builder().build().writeValueAsString(request.introductions()),
					chosen.keySet().toArray(new UUID[0]), book.fallback(), publicationId, pdfFile.id(), docxFile.id(),
					pdfMillis, by, java.time.OffsetDateTime.now(this.clock))
			.update();
		this.audit.record("KnowledgeEdition", id, "PRODUCED", request.product().name() + " edition " + number + " ("
				+ language.code() + ", " + book.items() + " items, " + book.fallback() + " in another language)");
		return publicationId;
	}

	private void requireRights(Product product, java.util.Collection<KnowledgeItem> chosen) {
		if (CurrentUser.has(Role.SECRETARIAT)) {
			return;
		}
		// A resource centre compiles for its own area: every chosen case study must be in
		// a category it stewards.
		var stewarded = this.editorial.stewardedCategories();
		var allowed = product == Product.COMPENDIUM && !stewarded.isEmpty()
				&& chosen.stream().allMatch((i) -> i.categories().stream().anyMatch(stewarded::contains));
		if (!allowed) {
			throw new AccessDeniedException("only the secretariat or the resource centre of the area compiles");
		}
	}

	Book book(Request request, int number, Map<UUID, KnowledgeItem> chosen, Locale locale) {
		var language = Language.of(locale).code();
		var sections = new LinkedHashMap<String, List<Entry>>();
		var names = new LinkedHashMap<String, String>();
		if (request.product() == Product.COMPENDIUM) {
			for (var c : this.knowledge.categories(locale)) {
				names.put(c.code(), c.name());
			}
		}
		var fallback = 0;
		var position = 0;
		for (var item : chosen.values()) {
			var view = this.knowledge.view(item, locale, language);
			var code = (request.product() == Product.COMPENDIUM && !item.categories().isEmpty())
					? item.categories().iterator().next() : "";
			sections.computeIfAbsent(code, (k) -> new ArrayList<>()).add(new Entry(view, "item-" + (++position)));
			if (view.fallback()) {
				fallback++;
			}
		}
		var ordered = new ArrayList<Section>();
		// Sections in the order of the hub's categories; items keep the editor's order.
		var codes = new ArrayList<String>(names.keySet());
		sections.keySet().stream().filter((c) -> !codes.contains(c)).forEach(codes::add);
		for (var code : codes) {
			var entries = sections.get(code);
			if (entries == null) {
				continue;
			}
			var intro = request.introductions().get(code);
			ordered.add(new Section(code,
					code.isEmpty() ? message((request.product() == Product.BOOKLET) ? "knowledge.kinds.NETWORK"
							: "knowledge.compendium.section.items", locale) : names.getOrDefault(code, code),
					(intro == null || intro.isBlank()) ? null : intro.strip(), List.copyOf(entries)));
		}
		return new Book(request.product(), number, language, request.title(), request.foreword(), List.copyOf(ordered),
				fallback, LocalDate.now(this.clock));
	}

	byte[] pdf(Book book, Locale locale) {
		var context = new Context(locale);
		context.setVariable("book", book);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		// Dates and country names on the pages follow the edition's language, not the
		// editor's.
		var previous = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
		try {
			return this.pdf.render(this.templates.process("knowledge/compendium-pdf", context));
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.setLocale(previous);
		}
	}

	/** The same book as a Word document, for editors who adapt it further. */
	byte[] docx(Book book, Locale locale) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			var run = title.createRun();
			run.setBold(true);
			run.setFontSize(22);
			run.setText(book.title());
			paragraph(document,
					message("knowledge.compendium.product." + book.product().name(), locale) + " · "
							+ message("knowledge.compendium.edition", locale, book.number()) + " · " + book.date(),
					false, 11);
			if (book.foreword() != null) {
				paragraph(document, message("knowledge.compendium.foreword", locale), true, 16);
				paragraph(document, book.foreword(), false, 11);
			}
			for (var section : book.sections()) {
				paragraph(document, section.name(), true, 18);
				if (section.introduction() != null) {
					paragraph(document, section.introduction(), false, 11);
				}
				for (var entry : section.entries()) {
					var i = entry.item();
					paragraph(document, i.title(), true, 14);
					if (entry.fallback()) {
						paragraph(document,
								message("knowledge.compendium.fallback", locale,
										Language.fromCode(i.language()).map(Language::nativeName).orElse(i.language())),
								false, 9);
					}
					var places = new ArrayList<String>();
					i.cities().forEach((c) -> places.add(c.name()));
					i.countries().forEach((c) -> places.add(Countries.name(c, locale)));
					if (!places.isEmpty()) {
						paragraph(document, String.join(", ", places), false, 10);
					}
					if (i.summary() != null) {
						paragraph(document, i.summary(), false, 11);
					}
					if (i.body() != null) {
						for (var block : org.jsoup.Jsoup.parse(i.body()).select("p, li, h2, h3, h4")) {
							paragraph(document, block.text(), block.tagName().startsWith("h"), 11);
						}
					}
					for (var r : i.results()) {
						paragraph(document, "• " + r.value().stripTrailingZeros().toPlainString() + " " + r.unit()
								+ " — " + r.measured(), false, 10);
					}
					for (var l : i.links()) {
						paragraph(document, l.title() + (l.url() != null ? " (" + l.url() + ")" : ""), false, 9);
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, int size) {
		var run = document.createParagraph().createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setText(text);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
