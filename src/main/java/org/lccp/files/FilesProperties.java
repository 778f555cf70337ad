package org.lccp.files;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Upload settings.
 *
 * @param directory where uploaded files are kept, in folders named after the first
 * characters of their generated ids
 * @param thumbnailWidth width in pixels of preview pictures (at most), 16 to 2000
 */
@ConfigurationProperties("lccp.files")
@Validated
record FilesProperties(@DefaultValue("./data/files") Path directory,
		@DefaultValue("400") @Min(16) @Max(2000) int thumbnailWidth) {
}
