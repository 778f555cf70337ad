package org.lccp.cities;

import java.time.Instant;

/** Public registry data changed; downloads built from it are out of date. */
public record OpenDataChanged(Instant at) {
}
