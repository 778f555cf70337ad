/**
 * Uploaded files shared by every module: content-sniffed, stored under generated names,
 * downloaded with access checks, previewed as thumbnails.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package org.lccp.files;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
