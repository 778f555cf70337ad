package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.files.StoredFile;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of items, kept by the shared file store: pictures and documents of case
 * studies, the PDF of a publication. Files are public exactly while their item is
 * published.
 */
@Component
class Attachments {

	private final FileStore files;

	Attachments(FileStore files) {
		this.files = files;
	}

	List<KnowledgeViews.AttachmentView> views(KnowledgeItem item) {
		var views = new ArrayList<KnowledgeViews.AttachmentView>();
		for (var attachment : item.attachments()) {
			var file = this.files.file(attachment.fileId());
			views.add(new KnowledgeViews.AttachmentView(file.id(), file.name(), file.mediaType(), file.size(),
					attachment.role() == KnowledgeItem.AttachmentRole.IMAGE, file.downloadPath(),
					file.thumbnailPath()));
		}
		return views;
	}

	/**
	 * Stores an upload; the file store refuses wrong kinds and sizes before anything is
	 * kept.
	 */
	StoredFile store(MultipartFile upload, Role role, boolean visible) {
		var rules = switch (role) {
			case IMAGE -> FileRules.images();
			case DOCUMENT -> FileRules.documents();
			case PDF -> FileRules.pdf();
		};
		var stored = this.files.store(upload, rules);
		if (visible) {
			this.files.setPublic(stored.id(), true);
		}
		return stored;
	}

	/**
	 * Stores a document the platform produced (a compendium's PDF or DOCX), hidden until
	 * its item is published.
	 */
	StoredFile storeGenerated(String name, byte[] content, Role role) {
		var rules = (role == Role.PDF) ? FileRules.pdf() : FileRules.documents();
		return this.files.store(name, new java.io.ByteArrayInputStream(content), rules);
	}

	void visible(KnowledgeItem item, boolean visible) {
		for (var id : fileIds(item)) {
			this.files.setPublic(id, visible);
		}
	}

	void delete(UUID fileId) {
		this.files.delete(fileId);
	}

	StoredFile file(UUID fileId) {
		return this.files.file(fileId);
	}

	java.io.InputStream open(UUID fileId) {
		return this.files.open(fileId);
	}

	private static List<UUID> fileIds(KnowledgeItem item) {
		var ids = new ArrayList<UUID>();
		item.attachments().forEach((a) -> ids.add(a.fileId()));
		if (item.fileId() != null) {
			ids.add(item.fileId());
		}
		return ids;
	}

	/** What an upload is for. */
	enum Role {

		IMAGE, DOCUMENT, PDF

	}

}
