package org.lccp.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content in a directory tree ({@code lccp.files.directory}), the default. Uploads are
 * checked in its {@code tmp} folder and moved in atomically (same file system).
 */
class DirectoryStorage implements ContentStorage {

	private static final Logger log = LoggerFactory.getLogger(DirectoryStorage.class);

	private final Path root;

	DirectoryStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Path scratch() throws IOException {
		return Files.createDirectories(this.root.resolve("tmp"));
	}

	@Override
	public void put(String key, Path file, String mediaType) throws IOException {
		var target = path(key);
		Files.createDirectories(target.getParent());
		Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public <T> T withLocalFile(String key, LocalFileWork<T> work) throws IOException {
		return work.apply(path(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			log.warn("Could not remove stored file {}: {}", key, ex.toString());
		}
	}

	@Override
	public String toString() {
		return "directory " + this.root;
	}

	private Path path(String key) {
		var path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalStateException("Storage key outside the file store: " + key);
		}
		return path;
	}

}
