package org.lccp.benchmarking;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.ContentAbout;
import org.lccp.shared.domain.OpenDataTables;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Points a city's profile to its benchmark page, and adds the indicator values to the
 * bulk download of open data.
 */
@Component
class BenchmarkingAbout implements ContentAbout, OpenDataTables {

	private final BenchmarkingManagement benchmarking;

	private final MessageSource messages;

	private final Traces traces;

	BenchmarkingAbout(BenchmarkingManagement benchmarking, MessageSource messages, Traces traces) {
		this.benchmarking = benchmarking;
		this.messages = messages;
		this.traces = traces;
	}

	@Override
	public List<Entry> about(Subject subject, UUID id, Locale reader) {
		if (subject != Subject.CITY) {
			return List.of();
		}
		return List.of(new Entry("benchmarking.about.section", "benchmarking.about.kind",
				this.messages.getMessage("benchmarking.about.title", null, reader), "/cities/" + id + "/benchmark",
				reader.getLanguage()));
	}

	@Override
	public List<Table> tables() {
		return List.of(new Table("indicator_values",
				List.of("indicator_id", "indicator", "city_id", "year", "value", "origin", "source", "updated_at"),
				(sink) -> this.benchmarking.eachValue((v) -> sink.accept(List.of(v.indicatorId().toString(),
						v.indicatorCode(), v.cityId().toString(), v.year(), v.value(), v.origin().name(),
						this.traces.english(v.source()), v.updatedAt().toString())))));
	}

}
