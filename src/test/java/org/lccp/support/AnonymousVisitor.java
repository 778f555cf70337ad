package org.lccp.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the facades see while serving a request from somebody who is not signed in: Spring
 * Security's anonymous authentication, unlike start-up and background work, where the
 * security context is empty.
 */
public final class AnonymousVisitor {

	private AnonymousVisitor() {
	}

	/**
	 * Runs the work as an anonymous visitor's request would, then restores the caller's
	 * context.
	 */
	public static <T> T as(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs the work as an anonymous visitor's request would. */
	public static void run(Runnable work) {
		as(() -> {
			work.run();
			return null;
		});
	}

}
