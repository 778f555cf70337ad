/**
 * Demo gatherings taken from the NEASPEC documents, loaded once per database.
 */
@NullMarked
package org.lccp.gatherings.demo;

import org.jspecify.annotations.NullMarked;
