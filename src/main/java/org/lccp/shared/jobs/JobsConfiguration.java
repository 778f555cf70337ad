package org.lccp.shared.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The scheduler behind {@link BackgroundJobs}: db-scheduler on the platform's database,
 * chosen because it is a maintained library that needs one table and no broker, lets
 * every node pick work with row locks, and revives the work of a node that stopped
 * sending heartbeats. (The event publication registry republishes on the restart of the
 * node that published, which is not the same as "any node".) Work is submitted through a
 * client that needs no running threads; the scheduler that runs it is made afresh each
 * time the application starts (a stopped db-scheduler cannot start again, and Spring
 * stops and restarts an application context's lifecycle, as the test framework does with
 * contexts it keeps for later).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsConfiguration.JobsProperties.class)
class JobsConfiguration {

	@Bean
	SchedulerClient schedulerClient(DataSource dataSource, ObjectProvider<Task<?>> tasks) {
		// Transaction-aware, so that work submitted inside a transaction is stored with
		// it.
		return SchedulerClient.Builder
			.create(new TransactionAwareDataSourceProxy(dataSource), tasks.orderedStream().toList())
			.build();
	}

	/**
	 * Starts a scheduler once everything else runs and stops it before the database
	 * connections close.
	 */
	@Bean
	SmartLifecycle schedulerLifecycle(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobsProperties properties) {
		return new SmartLifecycle() {

			private volatile @Nullable Scheduler scheduler;

			@Override
			public void start() {
				List<Task<?>> all = tasks.orderedStream().toList();
				var started = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), all)
					.threads(properties.threads())
					.pollingInterval(properties.pollingInterval())
					.heartbeatInterval(properties.heartbeatInterval())
					.shutdownMaxWait(properties.shutdownMaxWait())
					.pollUsingLockAndFetch(0.5, 1.0)
					.build();
				started.start();
				this.scheduler = started;
			}

			@Override
			public void stop() {
				var running = this.scheduler;
				this.scheduler = null;
				if (running != null) {
					running.stop();
				}
			}

			@Override
			public boolean isRunning() {
				return this.scheduler != null;
			}

		};
	}

	/**
	 * Settings of the background work.
	 *
	 * @param threads tasks one node runs at the same time
	 * @param pollingInterval how often a node looks for submitted work
	 * @param heartbeatInterval how often a node running a task says it is alive; after
	 * four missed beats another node takes the task over
	 * @param shutdownMaxWait how long a stopping node waits for its running tasks
	 */
	@ConfigurationProperties("lccp.jobs")
	record JobsProperties(@DefaultValue("2") int threads, @DefaultValue("1s") Duration pollingInterval,
			@DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("5s") Duration shutdownMaxWait) {
	}

}
