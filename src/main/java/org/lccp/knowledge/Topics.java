package org.lccp.knowledge;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.UserText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories of case studies and the resource centres that steward them. Only the
 * secretariat changes these (its pages are closed to everyone else).
 */
@Service
class Topics {

	private final Categories categories;

	private final Stewards stewards;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final CategoryNames names;

	Topics(Categories categories, Stewards stewards, AccountManagement accounts, AuditLog audit, CategoryNames names) {
		this.names = names;
		this.categories = categories;
		this.stewards = stewards;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Transactional
	String addCategory(String nameEn, String nameZh, String nameJa, String nameKo, String nameRu, String nameMn) {
		var english = UserText.cleanOrNull(nameEn);
		if (english == null || english.length() > 200) {
			throw new WorkflowException("knowledge.topics.nameRequired");
		}
		var code = Normalizer.normalize(english, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^_|_$", "");
		if (code.isEmpty() || code.length() > 60) {
			throw new WorkflowException("knowledge.topics.nameRequired");
		}
		if (this.categories.existsById(code)) {
			throw new WorkflowException("knowledge.topics.exists");
		}
		var category = new Category(code, this.categories.lastPosition() + 10, english);
		category.name("zh", limit(nameZh));
		category.name("ja", limit(nameJa));
		category.name("ko", limit(nameKo));
		category.name("ru", limit(nameRu));
		category.name("mn", limit(nameMn));
		this.categories.save(category);
		this.names.changed();
		this.audit.record("knowledge-category", code, "created", english);
		return code;
	}

	@Transactional
	void addSteward(String email, String category) {
		var account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new WorkflowException("knowledge.topics.unknownAccount"));
		if (!account.roles().contains(Role.RESOURCE_CENTRE)) {
			throw new WorkflowException("knowledge.topics.notResourceCentre");
		}
		if (!this.categories.existsById(category)) {
			throw new WorkflowException("knowledge.topics.unknownCategory");
		}
		this.stewards.save(new Steward(account.id(), category));
		this.audit.record("knowledge-steward", account.id(), "added", category);
	}

	@Transactional
	void removeSteward(UUID account, String category) {
		var key = new Steward.Key(account, category);
		if (this.stewards.existsById(key)) {
			this.stewards.deleteById(key);
			this.audit.record("knowledge-steward", account, "removed", category);
		}
	}

	@Transactional(readOnly = true)
	List<StewardView> stewards(Locale locale) {
		var language = Language.of(locale).code();
		var names = this.categories.findAll();
		return this.stewards.findAllByOrderByCategoryAsc().stream().map((s) -> {
			var account = java.util.Optional.of(this.accounts.find(s.accountId()));
			var category = names.stream()
				.filter((c) -> c.code().equals(s.category()))
				.map((c) -> c.name(language))
				.findFirst()
				.orElse(s.category());
			return new StewardView(s.accountId(), account.map((a) -> a.displayName()).orElse("?"),
					account.map((a) -> a.email()).orElse("?"), s.category(), category);
		}).toList();
	}

	private static String limit(String name) {
		var clean = UserText.cleanOrNull(name);
		return (clean == null) ? null : clean.substring(0, Math.min(200, clean.length()));
	}

	record StewardView(UUID accountId, String name, String email, String category, String categoryName) {
	}

}
