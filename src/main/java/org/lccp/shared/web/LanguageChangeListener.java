package org.lccp.shared.web;

import org.lccp.shared.i18n.Language;

/**
 * Told when a visitor picks a language with {@code ?lang=}; the identity module stores it
 * in the profile.
 */
public interface LanguageChangeListener {

	void languageChosen(Language language);

}
