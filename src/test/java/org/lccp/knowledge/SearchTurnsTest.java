package org.lccp.knowledge;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTurnsTest {

	@Test
	void searchesBeyondTheLimitWaitAndAreRefusedWhenNoTurnComes() throws Exception {
		var turns = new SearchTurns(2, Duration.ofMillis(200));
		assertThat(turns.take()).isTrue();
		assertThat(turns.take()).isTrue();

		var started = System.nanoTime();
		assertThat(turns.take()).isFalse();
		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
		assertThat(turns.takeIfFree()).isFalse();
	}

	@Test
	void aFreedTurnGoesToAWaitingSearch() throws Exception {
		var turns = new SearchTurns(1, Duration.ofSeconds(10));
		assertThat(turns.take()).isTrue();

		var waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return turns.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		});
		Thread.sleep(100);
		assertThat(waiting).isNotDone();
		turns.release();

		assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(turns.takeIfFree()).isFalse();
		turns.release();
		assertThat(turns.takeIfFree()).isTrue();
	}

}
