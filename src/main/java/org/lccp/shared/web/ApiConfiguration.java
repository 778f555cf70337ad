package org.lccp.shared.web;

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

}
