/**
 * The runtime's implementation: request building, checks made before any request is sent, error
 * translation, the client cache and the auto-increment counter. Users never import this package.
 */
package dev.dynamorepo.runtime.internal;
