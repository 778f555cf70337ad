package org.lccp.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Content in a bucket of an S3-compatible object store ({@code lccp.files.storage=s3}),
 * so that several nodes share uploads without a shared file system. Uploads are checked
 * in the node's local scratch folder ({@code lccp.files.directory}/tmp) and then sent
 * whole; previews are rendered from a temporary local copy. Checksums are asked only
 * where the protocol requires them, as stores other than Amazon's (MinIO, Ceph, S3Proxy)
 * do not all accept the newer trailing checksums.
 */
class S3Storage implements ContentStorage, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3Storage.class);

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	private final Path scratch;

	S3Storage(FilesProperties.S3 settings, Path localDirectory) {
		if (settings.bucket() == null || settings.bucket().isBlank()) {
			throw new IllegalStateException("lccp.files.storage=s3 needs lccp.files.s3.bucket");
		}
		var builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider((settings.accessKey() != null && settings.secretKey() != null)
					? StaticCredentialsProvider
						.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
					: DefaultCredentialsProvider.builder().build());
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		this.client = builder.build();
		this.bucket = settings.bucket();
		this.prefix = settings.prefix();
		this.scratch = localDirectory.toAbsolutePath().normalize().resolve("tmp");
		ensureBucket();
	}

	private void ensureBucket() {
		try {
			this.client.headBucket((b) -> b.bucket(this.bucket));
		}
		catch (NoSuchBucketException ex) {
			this.client.createBucket((b) -> b.bucket(this.bucket));
			log.info("Created bucket {} for uploaded files", this.bucket);
		}
		catch (software.amazon.awssdk.services.s3.model.S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			this.client.createBucket((b) -> b.bucket(this.bucket));
			log.info("Created bucket {} for uploaded files", this.bucket);
		}
	}

	@Override
	public Path scratch() throws IOException {
		return Files.createDirectories(this.scratch);
	}

	@Override
	public void put(String key, Path file, String mediaType) throws IOException {
		try {
			this.client.putObject((p) -> p.bucket(this.bucket).key(this.prefix + key).contentType(mediaType),
					RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new IOException("Could not send " + key + " to bucket " + this.bucket, ex);
		}
		Files.deleteIfExists(file);
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return this.client.getObject((g) -> g.bucket(this.bucket).key(this.prefix + key));
		}
		catch (NoSuchKeyException ex) {
			throw new java.io.FileNotFoundException(key + " is not in bucket " + this.bucket);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public <T> T withLocalFile(String key, LocalFileWork<T> work) throws IOException {
		var copy = Files.createTempFile(scratch(), "copy-", ".part");
		try {
			try (var in = open(key)) {
				Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return work.apply(copy);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	@Override
	public void delete(String key) {
		try {
			this.client.deleteObject((d) -> d.bucket(this.bucket).key(this.prefix + key));
		}
		catch (SdkException ex) {
			log.warn("Could not remove {} from bucket {}: {}", key, this.bucket, ex.toString());
		}
	}

	@Override
	public void close() {
		this.client.close();
	}

	@Override
	public String toString() {
		return "bucket " + this.bucket;
	}

}
