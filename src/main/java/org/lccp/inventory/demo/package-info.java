/**
 * Demo data of the inventory module: Seoul's published 2018 inventory.
 */
@NullMarked
package org.lccp.inventory.demo;

import org.jspecify.annotations.NullMarked;
