/**
 * The stack's floor: a war as small as Sillon's stack allows, for {@code FootprintBench} to start beside Sillon
 * and the hello-world war. One JPA entity on PostgreSQL with a Flyway migration, a CDI boundary, JAX-RS with
 * JSON-B, a JSF page with a PrimeFaces table, the same libraries as Sillon and its own data source definition
 * ({@code Database}, which the bench adds to the floor's war); no security. What Sillon costs above it is what Sillon's own code and size add; what it costs above the hello war
 * is what the stack itself adds.
 */
package org.sillon.bench.floor;
