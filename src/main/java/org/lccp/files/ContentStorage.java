package org.lccp.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live: a directory (one node, or several sharing a
 * mounted file system) or an S3-compatible object store (several nodes). Keys are the
 * records' storage keys; uploads are first written to a local scratch directory, checked
 * there, and then moved in whole, so a store never holds a half-written file.
 */
interface ContentStorage {

	/**
	 * A local directory for uploads being checked, on the same disk as the content where
	 * there is one.
	 */
	Path scratch() throws IOException;

	/**
	 * Moves a complete, checked file in under the key; the local file is gone afterwards.
	 */
	void put(String key, Path file, String mediaType) throws IOException;

	/** The content under the key; the caller closes the stream. */
	InputStream open(String key) throws IOException;

	/**
	 * Runs the work on the content as a local file (previews need one): the stored file
	 * itself where the store is a directory, a temporary copy otherwise.
	 */
	<T> T withLocalFile(String key, LocalFileWork<T> work) throws IOException;

	/** Removes the content under the key; a missing one is no error. */
	void delete(String key);

	/** Work on a local file. */
	@FunctionalInterface
	interface LocalFileWork<T> {

		T apply(Path file) throws IOException;

	}

}
