package org.sillon.people.boundary;

/**
 * What tells a person apart when a list brought from elsewhere is compared with the registry (imports): their
 * id, names, email and street address, as stored (normalised, not folded).
 */
public record PersonKeys(long id, String firstName, String lastName, String email, String line1, String postalCode) {
}
