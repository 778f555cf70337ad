package org.lccp.knowledge;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --rebuild-search-index}: rebuilds the index with a
 * progress bar on the console, then stops the platform.
 */
@Component
class RebuildCommand implements ApplicationRunner {

	static final String OPTION = "rebuild-search-index";

	private final SearchIndex index;

	private final ConfigurableApplicationContext context;

	RebuildCommand(SearchIndex index, ConfigurableApplicationContext context) {
		this.index = index;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		var out = System.out;
		var result = this.index.rebuild((p) -> bar(out, p));
		out.println();
		out.printf("%d items indexed, %d per second%s%n", result.done(), result.perSecond(),
				(result.failure() != null) ? ", failed: " + result.failure() : "");
		var code = (result.failure() == null) ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	static void bar(PrintStream out, SearchIndex.Progress progress) {
		var width = 40;
		var filled = progress.percent() * width / 100;
		out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + progress.percent() + "% "
				+ progress.done() + "/" + progress.total());
		out.flush();
	}

}
