package org.lccp.opendata;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data page and the bulk download. */
@Controller
class OpenDataController {

	private final BulkDownload bulkDownload;

	OpenDataController(BulkDownload bulkDownload) {
		this.bulkDownload = bulkDownload;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		return "opendata/open-data";
	}

	@GetMapping("/open-data/lccp-open-data.zip")
	ResponseEntity<Resource> bulk() {
		var bulk = this.bulkDownload.get();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lccp-open-data.zip").build().toString())
			.lastModified(bulk.builtAt())
			.body(new FileSystemResource(bulk.file()));
	}

}
