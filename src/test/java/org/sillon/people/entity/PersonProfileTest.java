package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.people.boundary.PersonDetails;
import org.sillon.people.boundary.PersonProfile;
import org.sillon.people.boundary.PersonSource;

/** A person's origin, date joined and tags. */
class PersonProfileTest {

    // 23:30 UTC on 31 March is already 1 April in Paris (summer time)
    private static final Instant LATE_EVENING = Instant.parse("2025-03-31T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    private static Person person(Instant registeredAt) {
        return new Person(new PersonDetails(null, "Jeanne", "Martin", null, null, null, null, null), registeredAt);
    }

    @Test
    void withoutADateJoinedThePersonJoinedOnTheDayOfRegistrationInParis() {
        Person p = person(LATE_EVENING);
        assertEquals(TODAY, p.joinedOn());
        p.profile(PersonProfile.NONE, TODAY.plusDays(10));
        assertEquals(TODAY, p.joinedOn());
        assertNull(p.source());
        assertEquals(List.of(), p.tags());
    }

    @Test
    void aPersonBroughtFromAnOldListJoinedWhenTheyWereRegistered() {
        Person p = person(Instant.parse("2019-06-15T08:00:00Z"));
        p.profile(PersonProfile.NONE, TODAY);
        assertEquals(LocalDate.of(2019, 6, 15), p.joinedOn());
    }

    @Test
    void theDateJoinedMayBeAnyDayUpToTodayButNotLater() {
        Person p = person(LATE_EVENING);
        p.profile(new PersonProfile(PersonSource.FAIR, TODAY, List.of()), TODAY);
        assertEquals(TODAY, p.joinedOn());
        p.profile(new PersonProfile(PersonSource.FAIR, LocalDate.of(2012, 9, 1), List.of()), TODAY);
        assertEquals(LocalDate.of(2012, 9, 1), p.joinedOn());

        InvalidValue e = assertThrows(InvalidValue.class,
                () -> p.profile(new PersonProfile(PersonSource.PRESS, TODAY.plusDays(1), List.of("x")), TODAY));
        assertEquals("joinedOn", e.field());
        assertEquals(LocalDate.of(2012, 9, 1), p.joinedOn(), "a refused profile changes nothing");
        assertEquals(PersonSource.FAIR, p.source());
        assertEquals(List.of(), p.tags());
    }

    @Test
    void tagsAreReplacedKeepingTheirFirstSpellingAndListedAlphabetically() {
        Person p = person(LATE_EVENING);
        p.profile(new PersonProfile(PersonSource.WORD_OF_MOUTH, null, List.of("Bio", "amap", "bio")), TODAY);
        assertEquals(List.of("amap", "Bio"), p.tags());
        p.profile(new PersonProfile(PersonSource.WORD_OF_MOUTH, null, List.of("BIO", "Crèche")), TODAY);
        assertEquals(List.of("Bio", "Crèche"), p.tags());
        assertThrows(InvalidValue.class, () -> p.profile(new PersonProfile(null, null, List.of("y".repeat(41))), TODAY));
        assertEquals(List.of("Bio", "Crèche"), p.tags());
    }

    @Test
    void aMergeAddsTheOtherPersonsTagsWithoutRepeats() {
        Person p = person(LATE_EVENING);
        p.profile(new PersonProfile(null, null, List.of("Bio")), TODAY);
        p.addTags(List.of("BIO", "Bénévole"));
        assertEquals(List.of("Bénévole", "Bio"), p.tags());
        p.clearTags();
        assertEquals(List.of(), p.tags());
    }

    @Test
    void theAuditTrailSeesOriginDateJoinedAndTags() {
        Person p = person(LATE_EVENING);
        p.profile(new PersonProfile(PersonSource.WEBSITE, null, List.of("bio", "Amap")), TODAY);
        Map<String, Object> s = p.auditState();
        assertEquals(PersonSource.WEBSITE, s.get("source"));
        assertEquals(TODAY, s.get("joinedOn"));
        assertEquals("Amap, bio", s.get("tags"));
    }
}
