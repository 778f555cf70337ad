/**
 * Web layout support, language switching, formatting and error pages shared by every
 * module.
 */
@NullMarked
package org.lccp.shared.web;

import org.jspecify.annotations.NullMarked;
