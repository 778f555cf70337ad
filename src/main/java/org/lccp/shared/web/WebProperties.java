package org.lccp.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web settings shared by all modules.
 *
 * @param baseUrl the address members reach the platform at, used in links sent by mail
 * @param maxFormSize largest form post accepted; bigger ones are refused with 413
 */
@ConfigurationProperties("lccp.web")
public record WebProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("1MB") DataSize maxFormSize) {

	public String link(String path) {
		var base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
