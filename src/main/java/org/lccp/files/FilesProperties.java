package org.lccp.files;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upload settings.
 *
 * @param directory where uploaded files are kept, in folders named after the first
 * characters of their generated ids
 * @param thumbnailWidth width in pixels of preview pictures (at most)
 */
@ConfigurationProperties("lccp.files")
record FilesProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("400") int thumbnailWidth) {
}
