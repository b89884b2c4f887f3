package org.sillon.people.boundary;

/**
 * Fired (synchronously, in the merge's transaction) when the person {@code mergedId} is merged into
 * {@code survivorId}. Every component that keeps rows about persons observes it and moves them to the
 * survivor, so that nothing is lost; the merged person is deleted once all observers have run.
 */
public record PersonsMerged(long survivorId, long mergedId) {
}
