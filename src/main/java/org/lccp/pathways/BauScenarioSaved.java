package org.lccp.pathways;

import java.util.UUID;

/**
 * A city saved a new version of its business-as-usual scenario: figures measured against
 * the BAU (pathways of BAU-relative targets, progress) change with it.
 */
public record BauScenarioSaved(UUID cityId, int versionNo) {
}
