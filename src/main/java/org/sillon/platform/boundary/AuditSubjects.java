package org.sillon.platform.boundary;

import java.util.Map;
import java.util.Set;

/**
 * What a component says of its records on the audit trail's page: which still exist, by what name, and on
 * which page. A component that wants its records named there provides one as a CDI bean; platform knows no
 * component, and a record no bean names shows by its kind and number.
 */
public interface AuditSubjects {

    /** A record as the trail's page names it: a name (the person a note is about) and the page showing it. */
    record Subject(String name, String page, long pageId) {
    }

    /** The subject types this bean names, as the trail records them ("Person", "PersonNote"). */
    Set<String> types();

    /** The records of {@code type} among {@code ids} that still exist, by id, read in a few queries for all. */
    Map<Long, Subject> subjects(String type, Set<Long> ids);
}
