package org.lccp.shared.domain;

import java.time.Instant;

/**
 * Public data changed; downloads built from it are out of date. Any module with open data
 * may announce it; the open-data module rebuilds its bulk download.
 */
public record OpenDataChanged(Instant at) {
}
