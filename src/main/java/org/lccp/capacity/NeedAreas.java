package org.lccp.capacity;

import java.util.EnumSet;
import java.util.Set;

import org.lccp.shared.domain.ActivityArea;

/**
 * The programme areas a need belongs to, for the resource centre that stewards them
 * (docs/modules/programme.md has the whole mapping): training, workshops, study visits
 * and mentoring are capacity building; expert advice, technical assistance and data or
 * tool support are technical assistance; a need raised by a peer-review recommendation or
 * an analytical study also belongs to peer review and analytical studies, whose centre
 * follows the recommendations' implementation.
 */
final class NeedAreas {

	private NeedAreas() {
	}

	private static final Set<String> BUILDING = Set.of(SupportKind.TRAINING.name(), SupportKind.WORKSHOP.name(),
			SupportKind.STUDY_VISIT.name(), SupportKind.MENTORING.name());

	private static final Set<String> ASSISTANCE = Set.of(SupportKind.EXPERT_ADVICE.name(),
			SupportKind.TECHNICAL_ASSISTANCE.name(), SupportKind.DATA_TOOL_SUPPORT.name());

	static Set<ActivityArea> of(Views.Need need) {
		var areas = EnumSet.noneOf(ActivityArea.class);
		if (BUILDING.contains(need.kind())) {
			areas.add(ActivityArea.CAPACITY_BUILDING);
		}
		if (ASSISTANCE.contains(need.kind())) {
			areas.add(ActivityArea.TECHNICAL_ASSISTANCE);
		}
		if (need.recommendationId() != null || need.studyId() != null) {
			areas.add(ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES);
		}
		return areas;
	}

}
