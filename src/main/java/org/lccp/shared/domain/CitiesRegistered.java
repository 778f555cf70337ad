package org.lccp.shared.domain;

/**
 * Cities were added to the registry (one by the secretariat, or several by an import or
 * the demo loader). Modules that kept a city only by its name link their records to the
 * new cities; published within the registry's transaction.
 */
public record CitiesRegistered() {
}
