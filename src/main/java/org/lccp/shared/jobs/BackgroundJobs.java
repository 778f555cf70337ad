package org.lccp.shared.jobs;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Submits work to the scheduler shared by every node. The scheduler is looked up when
 * work is submitted, not when this is made, because the scheduler is built from the
 * modules' task beans, and those tasks call back into the services that submit work.
 */
@Component
public class BackgroundJobs {

	private final ObjectProvider<Scheduler> scheduler;

	BackgroundJobs(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Runs the task once for this instance, as soon as a node is free; stored in the
	 * caller's transaction when there is one, so work is never submitted for data that
	 * was rolled back.
	 */
	public void submit(OneTimeTask<Void> task, String instance) {
		this.scheduler.getObject().schedule(task.instance(instance), Instant.now());
	}

	/**
	 * Runs the task once with this data (serialised with the task, so it must be
	 * {@link java.io.Serializable}); otherwise as {@link #submit(OneTimeTask, String)}.
	 */
	public <T> void submit(OneTimeTask<T> task, String instance, T data) {
		this.scheduler.getObject().schedule(task.instance(instance, data), Instant.now());
	}

}
