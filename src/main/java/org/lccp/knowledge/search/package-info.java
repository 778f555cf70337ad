/**
 * Search configuration the search engine instantiates by class name.
 */
@NullMarked
package org.lccp.knowledge.search;

import org.jspecify.annotations.NullMarked;
