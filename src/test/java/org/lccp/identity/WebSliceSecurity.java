package org.lccp.identity;

import org.lccp.shared.web.WebProperties;
import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The platform's security chain and the shared web pieces its pages and API need, for
 * {@code @WebMvcTest} slices ({@link org.lccp.support.ControllerSlice}): the chain is the
 * real one (each slice imports its module's {@code HttpAccessRules}), the accounts behind
 * it are a mock, so a slice signs callers in through Spring Security's test support and
 * starts no database.
 * <p>
 * A test configuration, so that the component scans of full and module tests, which see
 * the test classes of {@code org.lccp.identity}, leave it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.lccp", useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.REGEX, pattern = { "org\\.lccp\\.identity\\.SecurityConfiguration",
				"org\\.lccp\\.identity\\.AccountUserDetailsService", "org\\.lccp\\.shared\\.i18n\\.MessageBundles",
				"org\\.lccp\\.shared\\.web\\.Navigation", "org\\.lccp\\.shared\\.web\\.LayoutParts",
				"org\\.lccp\\.shared\\.web\\.Formats", "org\\.lccp\\.shared\\.time\\.TimeConfiguration",
				"org\\.lccp\\.opendata\\.ApiConfiguration", "org\\.lccp\\.shared\\.web\\.RecordForms" }))
@EnableConfigurationProperties({ IdentityProperties.class, WebProperties.class })
public class WebSliceSecurity {

	@Bean
	Accounts accounts() {
		return Mockito.mock(Accounts.class);
	}

	@Bean
	PlatformTransactionManager transactionManager() {
		return Mockito.mock(PlatformTransactionManager.class);
	}

}
