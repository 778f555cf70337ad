package org.lccp.knowledge;

import java.util.Set;

import org.lccp.shared.domain.ActivityArea;

/**
 * Which knowledge items belong to a programme area, for the resource centre that stewards
 * it (docs/modules/programme.md has the whole mapping): information sharing takes the
 * hub's shared practice (case studies, news, networks, policies and the booklets,
 * compendiums and meeting documents); peer review and analytical studies take studies and
 * reports; technical assistance and capacity building take the tools and methods cities
 * are advised and trained on.
 */
final class AreaKinds {

	private AreaKinds() {
	}

	private static final Set<ContentKind> SHARING = Set.of(ContentKind.CASE_STUDY, ContentKind.NEWS,
			ContentKind.NETWORK, ContentKind.POLICY);

	private static final Set<PublicationKind> STUDIES = Set.of(PublicationKind.STUDY, PublicationKind.REPORT);

	static boolean covers(ActivityArea area, KnowledgeItem item) {
		var kind = item.kind();
		return switch (area) {
			case INFORMATION_SHARING -> SHARING.contains(kind)
					|| (kind == ContentKind.PUBLICATION && (item.publication().publicationKind() == null
							|| !STUDIES.contains(item.publication().publicationKind())));
			case PEER_REVIEW_ANALYTICAL_STUDIES ->
				kind == ContentKind.PUBLICATION && item.publication().publicationKind() != null
						&& STUDIES.contains(item.publication().publicationKind());
			case TECHNICAL_ASSISTANCE, CAPACITY_BUILDING -> kind == ContentKind.TOOL;
		};
	}

}
