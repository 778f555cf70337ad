package org.lccp.identity;

import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.lccp.shared.jobs.BackgroundJobs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Password-reset requests are answered at once and worked through in the background:
 * looking the address up and writing the mail took measurably longer for a registered
 * address than for an unknown one, which told an observer who has an account.
 */
@Component
class PasswordResets {

	static final String TASK = "identity-password-reset";

	private final BackgroundJobs jobs;

	private final OneTimeTask<String> task;

	PasswordResets(BackgroundJobs jobs, @Lazy OneTimeTask<String> passwordResetTask) {
		this.jobs = jobs;
		this.task = passwordResetTask;
	}

	void submit(String email) {
		this.jobs.submit(this.task, UUID.randomUUID().toString(), email);
	}

	@Configuration(proxyBeanMethods = false)
	static class ResetTask {

		@Bean
		OneTimeTask<String> passwordResetTask(@Lazy AccountManagement accounts) {
			return Tasks.oneTime(TASK, String.class)
				.execute((instance, context) -> accounts.sendResetLink(instance.getData()));
		}

	}

}
