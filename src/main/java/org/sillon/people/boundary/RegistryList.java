package org.sillon.people.boundary;

/** The lists of the registry that can be searched, filtered, saved as a filter and exported. */
public enum RegistryList {
    PERSONS,
    HOUSEHOLDS,
    ORGANISATIONS
}
