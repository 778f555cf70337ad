/**
 * The platform's six languages, locale resolution and country names.
 */
@NullMarked
package org.lccp.shared.i18n;

import org.jspecify.annotations.NullMarked;
