package org.lccp.knowledge;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Turns for searches: at most so many run at once, so that searches cannot starve every
 * other page; more wait a while for a turn and are then refused.
 * <p>
 * A turn goes to whoever asks when one is free, not strictly to the longest waiting
 * search: handing each freed turn to a parked thread first cost every search a thread
 * switch while searches queued, 5 % of the demo search page's throughput on two cores
 * (BENCHMARKS.md, issue 17). No wait exceeds the limit either way.
 */
final class SearchTurns {

	private final Semaphore turns;

	private final Duration wait;

	SearchTurns(int atOnce, Duration wait) {
		this.turns = new Semaphore(atOnce);
		this.wait = wait;
	}

	/** Takes a turn, waiting at most the limit; false if none came. */
	boolean take() throws InterruptedException {
		return this.turns.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Takes a turn only if one is free now. */
	boolean takeIfFree() {
		return this.turns.tryAcquire();
	}

	void release() {
		this.turns.release();
	}

}
