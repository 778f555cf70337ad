package org.lccp.shared.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

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
 * node that published, which is not the same as "any node".)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsConfiguration.JobsProperties.class)
class JobsConfiguration {

	@Bean(destroyMethod = "")
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties) {
		// Transaction-aware, so that work submitted inside a transaction is stored with
		// it.
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
			.threads(properties.threads())
			.pollingInterval(properties.pollingInterval())
			.heartbeatInterval(properties.heartbeatInterval())
			.shutdownMaxWait(properties.shutdownMaxWait())
			.enableImmediateExecution()
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
	}

	/**
	 * Starts the scheduler once everything else runs and stops it before the database
	 * connections close.
	 */
	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				this.running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

	/**
	 * Settings of the background work.
	 *
	 * @param threads tasks one node runs at the same time
	 * @param pollingInterval how often a node looks for work submitted by another node
	 * @param heartbeatInterval how often a node running a task says it is alive; after
	 * four missed beats another node takes the task over
	 * @param shutdownMaxWait how long a stopping node waits for its running tasks
	 */
	@ConfigurationProperties("lccp.jobs")
	record JobsProperties(@DefaultValue("2") int threads, @DefaultValue("1s") Duration pollingInterval,
			@DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("5s") Duration shutdownMaxWait) {
	}

}
