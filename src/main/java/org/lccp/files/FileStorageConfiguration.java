package org.lccp.files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where stored files' content lives ({@code lccp.files.storage}). */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FileStorageConfiguration.class);

	@Bean
	ContentStorage contentStorage(FilesProperties properties) {
		ContentStorage storage = switch (properties.storage()) {
			case DIRECTORY -> new DirectoryStorage(properties.directory());
			case S3 -> new S3Storage(properties.s3(), properties.directory());
		};
		log.info("Uploaded files are kept in the {}", storage);
		return storage;
	}

}
