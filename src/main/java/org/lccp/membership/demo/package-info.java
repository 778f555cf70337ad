/**
 * Demonstration members and applications taken from the platform's public documents.
 */
@NullMarked
package org.lccp.membership.demo;

import org.jspecify.annotations.NullMarked;
