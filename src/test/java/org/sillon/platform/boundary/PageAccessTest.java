package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageAccessTest {

    @Test
    void theLongestMatchingPrefixDecides() {
        assertEquals(Optional.of(Audience.STAFF), PageAccess.audienceOf("/people/persons.xhtml"));
        assertEquals(Optional.of(Audience.REGISTRY_EDITORS), PageAccess.audienceOf("/people/import.xhtml"));
        assertEquals(Optional.of(Audience.DUPLICATE_READERS), PageAccess.audienceOf("/people/duplicates.xhtml"));
        assertEquals(Optional.of(Audience.ADMINS), PageAccess.audienceOf("/admin/audit.xhtml"));
        assertEquals(Optional.of(Audience.SOLIDARITY_READERS), PageAccess.audienceOf("/baskets/funders.xhtml"));
        assertEquals(Optional.of(Audience.STAFF), PageAccess.audienceOf("/baskets/rules.xhtml"));
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

    /**
     * PageAccess only refuses a logged-in person outside the audience: an address it names must also ask for a
     * login in web.xml, or it would be open to anyone.
     */
    @Test
    void everyAddressWithAnAudienceNeedsALogin() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Set<String> patterns = new HashSet<>();
        Matcher m = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(webXml);
        while (m.find()) {
            patterns.add(m.group(1));
        }
        for (String address : PageAccess.PAGES.keySet()) {
            String needed = address.endsWith("/") ? address + "*" : address;
            boolean covered = patterns.contains(needed) || patterns.stream().filter(p -> p.endsWith("/*"))
                    .anyMatch(p -> address.startsWith(p.substring(0, p.length() - 1)) && !p.equals("/*"));
            assertTrue(covered, address + " has an audience in PageAccess but no login in web.xml");
        }
    }
}
