/**
 * Capacity building and technical assistance: cities post needs, experts and institutions
 * post offers, the platform ranks offers for each need with the reasons, and the
 * secretariat brokers a match from proposal through acceptance by both sides to the
 * delivered assistance, which closes the need. Pages and the API go through
 * {@link org.lccp.capacity.CapacityManagement}.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "identity", "experts", "mail", "gatherings", "programme", "opendata" })
@NullMarked
package org.lccp.capacity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
