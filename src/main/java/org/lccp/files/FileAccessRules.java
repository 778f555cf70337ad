package org.lccp.files;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Downloads are open to everyone at the URL level; {@link FileStore} decides per file
 * (visible, or the uploader, the secretariat or the resource centre) and answers 404
 * otherwise.
 */
@Component
class FileAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/files/*/*").permitAll();
	}

}
