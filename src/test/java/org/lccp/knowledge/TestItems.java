package org.lccp.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.security.Role;
import org.lccp.support.TestAccounts;

/** Writes and publishes knowledge items the way the secretariat would, for tests. */
final class TestItems {

	private final Editorial editorial;

	private final AccountManagement accounts;

	private final UUID secretariat;

	TestItems(Editorial editorial, AccountManagement accounts) {
		this.editorial = editorial;
		this.accounts = accounts;
		this.secretariat = new TestAccounts(accounts).create("editor", Role.SECRETARIAT, Role.MEMBER).id();
	}

	Builder caseStudy(String language, String title, String body) {
		return new Builder(ContentKind.CASE_STUDY, language, title, body);
	}

	Builder item(ContentKind kind, String language, String title, String body) {
		return new Builder(kind, language, title, body);
	}

	final class Builder {

		private final ContentKind kind;

		private final String language;

		private final String title;

		private final String body;

		private final List<String> countries = new ArrayList<>();

		private final List<String> categories = new ArrayList<>();

		private final List<String> sectors = new ArrayList<>();

		private Integer year;

		private Integer periodFrom;

		private LocalDate publishedOn;

		private PublicationKind publicationKind;

		private PolicyLevel level;

		private PolicyType type;

		Builder(ContentKind kind, String language, String title, String body) {
			this.kind = kind;
			this.language = language;
			this.title = title;
			this.body = body;
		}

		Builder country(String code) {
			this.countries.add(code);
			return this;
		}

		Builder category(String code) {
			this.categories.add(code);
			return this;
		}

		Builder sector(String sector) {
			this.sectors.add(sector);
			return this;
		}

		Builder year(int year) {
			this.year = year;
			this.periodFrom = year;
			return this;
		}

		Builder newsOn(String date) {
			this.publishedOn = LocalDate.parse(date);
			return this;
		}

		Builder policy(String level, String type) {
			this.level = PolicyLevel.valueOf(level);
			this.type = PolicyType.valueOf(type);
			return this;
		}

		Builder publication(String kind) {
			this.publicationKind = PublicationKind.valueOf(kind);
			return this;
		}

		ItemForm form() {
			return new ItemForm(this.kind, this.language, this.title, "", this.body, "", "",
					this.countries.stream().map(CountryCode::new).toList(), List.of(), this.categories,
					this.sectors.stream().map(Sector::valueOf).toList(), this.periodFrom, null, "", "", "",
					this.publicationKind, this.year, "", "", "", this.publishedOn, "", "", "", "", "", "", this.level,
					this.type, "", "", List.of(), List.of(), null, List.of());
		}

		UUID draft() {
			return TestItems.this.accounts.actingAs(TestItems.this.secretariat,
					() -> TestItems.this.editorial.create(form()));
		}

		UUID publish() {
			var id = draft();
			TestItems.this.accounts.actingAs(TestItems.this.secretariat, () -> {
				TestItems.this.editorial.publish(id, null);
				return null;
			});
			return id;
		}

		UUID publishWith(String language, String title, String body) {
			var id = publish();
			TestItems.this.accounts.actingAs(TestItems.this.secretariat, () -> {
				TestItems.this.editorial.saveTranslation(id, language,
						new TranslationForm(title, "", body, "", "", TranslationStatus.HUMAN.name()));
				return null;
			});
			return id;
		}

	}

}
