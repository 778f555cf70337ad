package org.lccp.files;

import java.util.UUID;

import org.lccp.shared.web.NotFoundException;

/** No stored file with this id, or none the reader may see (answered alike: 404). */
public class FileNotFoundException extends NotFoundException {

	FileNotFoundException(UUID id) {
		super("files.notFound", id);
	}

}
