package org.lccp.files;

import java.util.stream.Collectors;

import org.lccp.shared.web.DomainException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * An upload refused for its content: empty, too large, or of a kind the rules do not
 * accept. Carries a message key and arguments (the size limit in MB, the accepted kinds
 * as a localisable argument) so that a controller shows it as a field error:
 * {@code ex.rejectValue(errors, "file")}.
 */
public class InvalidFileException extends DomainException {

	private InvalidFileException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	static InvalidFileException empty() {
		return new InvalidFileException("files.invalid.empty");
	}

	static InvalidFileException tooLarge(FileRules rules) {
		return new InvalidFileException("files.invalid.tooLarge", rules.maxMegabytes());
	}

	static InvalidFileException wrongKind(FileRules rules) {
		return new InvalidFileException("files.invalid.kind", kinds(rules), rules.maxMegabytes());
	}

	static InvalidFileException unreadable() {
		return new InvalidFileException("files.invalid.unreadable");
	}

	/** Puts this refusal on the form field that carried the file. */
	public void rejectValue(BindingResult errors, String field) {
		errors.rejectValue(field, messageKey(), arguments(), messageKey());
	}

	/**
	 * The accepted kinds as one message argument, resolved in the reader's language:
	 * {@code files.kinds.PDF_OFFICE_TEXT} and so on.
	 */
	private static MessageSourceResolvable kinds(FileRules rules) {
		var names = rules.kinds().stream().map(Enum::name).collect(Collectors.joining("_"));
		return new DefaultMessageSourceResolvable(new String[] { "files.kinds." + names }, null,
				names.replace('_', ',').toLowerCase(java.util.Locale.ROOT));
	}

}
