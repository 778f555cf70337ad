/**
 * Value types of the low-carbon city domain that several modules share.
 */
@NullMarked
package org.lccp.shared.domain;

import org.jspecify.annotations.NullMarked;
