package org.lccp.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a publication, for whom and in which language. Its year stays on the item,
 * because policies are dated by the same column; its PDF and download count stay there
 * too, since attachments and a bulk update write them.
 */
@Embeddable
record PublicationDetails(
		@Enumerated(EnumType.STRING) @Column(name = "publication_kind") @Nullable PublicationKind publicationKind,
		@Column(name = "authors") @Nullable String authors,
		@Column(name = "institutions") @Nullable String institutions,
		@Column(name = "publication_language") @Nullable String language) {

	static final PublicationDetails NONE = new PublicationDetails(null, null, null, null);

}
