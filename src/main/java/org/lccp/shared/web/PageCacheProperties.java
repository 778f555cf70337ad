package org.lccp.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of pages as anonymous readers see them (see {@link PublicPageCache}).
 *
 * @param enabled whether pages are cached at all
 * @param maxSize memory the cached pages may take on this node
 * @param timeToLive longest a page is served from the cache, for what depends on the
 * clock rather than on records (upcoming and past gatherings)
 * @param checkInterval how often this node looks whether another node changed records
 */
@ConfigurationProperties("lccp.web.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("10m") Duration timeToLive, @DefaultValue("1s") Duration checkInterval) {
}
