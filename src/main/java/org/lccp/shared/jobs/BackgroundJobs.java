package org.lccp.shared.jobs;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.stereotype.Component;

/**
 * Submits work to the schedule shared by every node; whichever node's scheduler polls
 * first runs it.
 */
@Component
public class BackgroundJobs {

	private final SchedulerClient scheduler;

	BackgroundJobs(SchedulerClient scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Runs the task once for this instance, as soon as a node is free; stored in the
	 * caller's transaction when there is one, so work is never submitted for data that
	 * was rolled back.
	 */
	public void submit(OneTimeTask<Void> task, String instance) {
		// "Now" for db-scheduler, which compares it with its own clock: the system's, not
		// the platform's (a test clock set in the future would delay every job).
		this.scheduler.schedule(task.instance(instance), Instant.now());
	}

	/**
	 * Runs the task once with this data (serialised with the task, so it must be
	 * {@link java.io.Serializable}); otherwise as {@link #submit(OneTimeTask, String)}.
	 */
	public <T> void submit(OneTimeTask<T> task, String instance, T data) {
		this.scheduler.schedule(task.instance(instance, data), Instant.now());
	}

}
