/**
 * Demo peer reviews: the pilot reviews the NEASPEC documents report, as historical
 * records, and one open review labelled demo; loaded once per database.
 */
@NullMarked
package org.lccp.review.demo;

import org.jspecify.annotations.NullMarked;
