package org.sillon.people.boundary;

/**
 * A component's share of everything held about a person, for a GDPR access request. Each component that
 * keeps data about persons provides one as a CDI bean; the export gathers them all.
 */
public interface PersonalDataSource {

    /** The section's name in the export, e.g. "notes" or "interactions". */
    String section();

    /** What this component holds about the person, as JSON-B-serialisable records, lists and maps. */
    Object collect(long personId);
}
