package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageAccessTest {

    @Test
    void theLongestMatchingPrefixDecides() {
        assertEquals(Optional.of(Audience.STAFF), PageAccess.audienceOf("/people/persons.xhtml"));
        assertEquals(Optional.of(Audience.REGISTRY_EDITORS), PageAccess.audienceOf("/people/import.xhtml"));
        assertEquals(Optional.of(Audience.DUPLICATE_READERS), PageAccess.audienceOf("/people/duplicates.xhtml"));
        assertEquals(Optional.of(Audience.ADMINS), PageAccess.audienceOf("/admin/audit.xhtml"));
        assertEquals(Optional.of(Audience.EVERYONE), PageAccess.audienceOf("/index.xhtml"));
        assertEquals(Optional.of(Audience.ADMINS), PageAccess.audienceOf("/metrics"));
        assertEquals(Optional.of(Audience.ADMINS), PageAccess.audienceOf("/metrics/application"));
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnlyAndOtherAddressesAreLeftToOthers() {
        assertEquals(Optional.empty(), PageAccess.audienceOf("/metricsx"));
        assertEquals(Optional.empty(), PageAccess.audienceOf("/login.xhtml"));
        assertEquals(Optional.empty(), PageAccess.audienceOf("/api/v1/persons"));
        assertEquals(Optional.empty(), PageAccess.audienceOf("/peoplex/y.xhtml"));
    }

    @Test
    void audiencesAdmitTheirRolesOnly() {
        assertEquals(true, Audience.STAFF.admits("GARDEN"::equals));
        assertEquals(false, Audience.STAFF.admits("ADHERENT"::equals));
        assertEquals(true, Audience.EVERYONE.admits("ADHERENT"::equals));
        assertEquals(false, Audience.REGISTRY_EDITORS.admits("TREASURER"::equals));
        assertEquals(true, Audience.DELIVERY_EDITORS.admits("GARDEN"::equals));
        assertEquals(false, Audience.DUPLICATE_READERS.admits("GARDEN"::equals));
    }
}
