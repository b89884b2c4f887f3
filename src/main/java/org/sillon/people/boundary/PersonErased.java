package org.sillon.people.boundary;

/**
 * Fired (synchronously, in the erasure's transaction) when a person is erased under the GDPR. Every
 * component that keeps personal data about persons observes it and deletes or anonymises that data;
 * accounting records stay, pointing at the anonymised person.
 */
public record PersonErased(long personId) {
}
