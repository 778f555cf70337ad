package org.lccp.files;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Upload settings.
 *
 * @param directory where uploaded files are kept, in folders named after the first
 * characters of their generated ids; with an object store, only the local scratch folder
 * for uploads being checked
 * @param thumbnailWidth width in pixels of preview pictures (at most), 16 to 2000
 * @param storage where the content lives: {@code directory} (default) or {@code s3}
 * @param s3 the object store, when {@code storage=s3}
 */
@ConfigurationProperties("lccp.files")
@Validated
record FilesProperties(@DefaultValue("./data/files") Path directory,
		@DefaultValue("400") @Min(16) @Max(2000) int thumbnailWidth, @DefaultValue("directory") Storage storage,
		@DefaultValue S3 s3) {

	enum Storage {

		DIRECTORY, S3

	}

	/**
	 * An S3-compatible object store.
	 *
	 * @param endpoint the store's address (MinIO, Ceph, a cloud's S3 endpoint); none for
	 * Amazon S3 itself
	 * @param region the region to sign requests for
	 * @param bucket the bucket (created at start when missing)
	 * @param prefix put before every key, so a bucket can be shared
	 * @param pathStyle bucket in the path rather than the host name (most self-hosted
	 * stores)
	 * @param accessKey with {@code secretKey}: the credentials; without them the SDK's
	 * default chain (environment, profile, instance role)
	 * @param secretKey see {@code accessKey}; from the environment, never from the
	 * repository
	 */
	record S3(@Nullable URI endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
			@DefaultValue("") String prefix, @DefaultValue("true") boolean pathStyle, @Nullable String accessKey,
			@Nullable String secretKey) {
	}

}
