/**
 * The public face of the platform: the home page with its live figures and the about
 * page.
 */
@NullMarked
package org.lccp.portal;

import org.jspecify.annotations.NullMarked;
