package org.lccp.membership;

import java.util.ArrayList;
import java.util.List;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The public member directory as the {@code institutions} table of the bulk download,
 * right after the registry's tables, read page by page of {@value #BATCH}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MembershipOpenData implements OpenDataTables {

	static final int BATCH = 2000;

	private final MembershipManagement membership;

	MembershipOpenData(MembershipManagement membership) {
		this.membership = membership;
	}

	@Override
	public String version() {
		return this.membership.directoryVersion();
	}

	@Override
	public List<Table> tables() {
		return List.of(new Table("institutions",
				List.of("id", "name_en", "name_original", "type", "country", "city", "website", "member_since"),
				(sink) -> {
					for (int page = 0;; page++) {
						var batch = this.membership.publicDirectory(null, null, PageRequest.of(page, BATCH));
						for (var m : batch) {
							sink.accept(row(m.id(), m.nameEnglish(), m.nameOriginal(), m.type(), m.country(), m.city(),
									m.website(), m.memberSince()));
						}
						if (!batch.hasNext()) {
							return;
						}
					}
				}));
	}

	private static List<Object> row(Object... values) {
		var list = new ArrayList<Object>(values.length);
		for (var v : values) {
			list.add(v instanceof Enum<?> e ? e.name() : v);
		}
		return list;
	}

}
