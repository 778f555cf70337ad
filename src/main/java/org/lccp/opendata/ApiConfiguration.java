package org.lccp.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.lccp.shared.web.WebProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/**
 * Conventions of the open-data API under {@code /api/v1}: a page of results is served as
 * {@code content} plus {@code page} (size, number, totalElements, totalPages), the stable
 * shape other tools rely on.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class ApiConfiguration {

	private final WebProperties web;

	ApiConfiguration(WebProperties web) {
		this.web = web;
	}

	@Bean
	OpenAPI openApi() {
		return new OpenAPI().info(new Info().title("LCCP open data API")
			.version("v1")
			.description("Public data of the North-East Asia Low Carbon City Platform: cities, countries, climate "
					+ "targets, member institutions and gatherings. Reading needs no account; members write with "
					+ "personal API tokens (Authorization: Bearer).")
			.license(new License().name("Open data of the platform's members; see each record's source")
				.url(this.web.link("/open-data"))));
	}

	@Bean
	OpenApiCustomizer apiDescription() {
		return new ApiDescription();
	}

}
