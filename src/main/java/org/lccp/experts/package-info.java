/**
 * The expert roster: people (not only institutions) who can help cities, with their
 * expertise, languages, countries and availability. Members apply, the secretariat vets,
 * and a public profile shows only what the expert chose to make public. Other modules
 * read vetted entries through {@link org.lccp.experts.ExpertRoster} for their
 * suggestions; past work on the platform is gathered from every module that offers it
 * through {@link org.lccp.shared.domain.PastWork}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "opendata" })
@NullMarked
package org.lccp.experts;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
