package org.lccp.identity;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.LanguageChangeListener;

import org.springframework.stereotype.Component;

/**
 * Keeps a signed-in member's preferred language in step with the language switcher, so
 * mails and the next login use it too.
 */
@Component
class ProfileLanguage implements LanguageChangeListener {

	private final AccountManagement accounts;

	ProfileLanguage(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void languageChosen(Language language) {
		CurrentUser.get().ifPresent((user) -> this.accounts.rememberLanguage(user.id(), language));
	}

}
