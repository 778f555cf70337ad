package org.lccp.knowledge;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command {@code --rebuild-search-index}: rebuilds the index, drawing a
 * progress bar in the log every five per cent, then stops the platform with exit code 0
 * (or 1 if the rebuild failed).
 */
@Component
class RebuildCommand implements ApplicationRunner {

	static final String OPTION = "rebuild-search-index";

	private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

	private static final int WIDTH = 40;

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
		var shown = new AtomicInteger(-1);
		var result = this.index.rebuild((p) -> {
			var step = p.percent() / 5;
			if (step > shown.get() || !p.running()) {
				shown.set(step);
				log.info(bar(p));
			}
		});
		log.info("{} items indexed, {} per second{}", result.done(), result.perSecond(),
				(result.failure() != null) ? ", failed: " + result.failure() : "");
		var code = (result.failure() == null) ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	static String bar(SearchIndex.Progress progress) {
		var filled = progress.percent() * WIDTH / 100;
		return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + progress.percent() + "% "
				+ progress.done() + "/" + progress.total();
	}

}
