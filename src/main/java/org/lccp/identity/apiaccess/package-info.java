/**
 * Access to the platform's API for every module: personal API tokens (made, listed and
 * revoked by members, stored hashed), the stateless bearer-token filter chain, request
 * limits per token and per client address, and ETags.
 */
@NullMarked
package org.lccp.identity.apiaccess;

import org.jspecify.annotations.NullMarked;
