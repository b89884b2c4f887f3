/**
 * What stands between the network and the components: limits on what a request may carry (body size,
 * NUL characters, JSON shape), who may send a state-changing call (same origin for session callers), the
 * security headers and cache rules of every answer, Sillon's own error pages, and a health report that
 * tells the truth when the JVM has run out of memory. It owns no table and no component calls it: the
 * container runs its filters and checks on every request.
 */
package org.sillon.guard;
