package org.lccp.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form of a new compendium or booklet edition. Each chosen item's place in the order
 * ({@code position_<id>}) and each category's introduction ({@code intro_<code>}) arrive
 * as separate fields and are read by the controller.
 */
record EditionForm(String product,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		String language, @Size(max = 10000, message = "{validation.tooLong}") String foreword,
		@Nullable List<String> items) {

	EditionForm {
		product = (product == null) ? "" : product;
		title = (title == null) ? "" : title;
		language = (language == null) ? "" : language;
		foreword = (foreword == null) ? "" : foreword;
	}

	static EditionForm empty(Compendiums.Product product, String language) {
		return new EditionForm(product.name(), "", language, "", List.of());
	}

}
