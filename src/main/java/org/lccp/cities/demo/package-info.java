/**
 * Demo cities, facts and targets taken from the NEASPEC documents in the seeds.
 */
@NullMarked
package org.lccp.cities.demo;

import org.jspecify.annotations.NullMarked;
