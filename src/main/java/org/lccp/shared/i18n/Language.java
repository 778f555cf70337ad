package org.lccp.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The six languages of the platform, in the order the language switcher shows them.
 */
public enum Language {

	EN("en", "English"), ZH("zh", "中文"), JA("ja", "日本語"), KO("ko", "한국어"), RU("ru", "Русский"), MN("mn", "Монгол");

	private final String code;

	private final String nativeName;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	public String code() {
		return this.code;
	}

	/**
	 * The language's own name, shown as is in every UI language so that readers find
	 * their own.
	 */
	public String nativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		var wanted = code.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((l) -> l.code.equals(wanted)).findFirst();
	}

	public static Language of(Locale locale) {
		return fromCode(locale.getLanguage()).orElse(EN);
	}

}
