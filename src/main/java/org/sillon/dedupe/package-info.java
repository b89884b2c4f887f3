/**
 * Duplicate persons: scoring likely pairs over blocking keys, dismissing false ones, and merging two
 * records through the registry, which then tells every component ({@code PersonsMerged}). It owns the
 * dismissals and the record of each merge.
 */
package org.sillon.dedupe;
