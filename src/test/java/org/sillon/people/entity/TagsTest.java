package org.sillon.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.InvalidValue;

class TagsTest {

    @Test
    void aTagIsTrimmedWithItsInnerWhitespaceCollapsed() {
        assertEquals("Panier solidaire", Tags.normalise("  Panier \t  solidaire \n"));
        assertNull(Tags.normalise("   "));
        assertNull(Tags.normalise(null));
    }

    @Test
    void aTagHasAtMostFortyCharacters() {
        String longest = "x".repeat(Tags.MAX);
        assertEquals(longest, Tags.normalise(" " + longest + " "));
        InvalidValue e = assertThrows(InvalidValue.class, () -> Tags.normalise(longest + "y"));
        assertEquals("tags", e.field());
        assertEquals("a tag must have at most 40 characters", e.getMessage());
    }

    @Test
    void repeatsWhateverTheirCaseKeepTheFirstSpellingAndBlanksAreDropped() {
        assertEquals(List.of("Bio", "Bénévole"),
                Tags.merge(List.of(), Arrays.asList("Bio", "", "bio", " BIO ", null, "Bénévole", "bénévole")));
    }

    @Test
    void aTagAlreadyHeldKeepsItsSpelling() {
        assertEquals(List.of("bénévole", "Bio"), Tags.merge(List.of("Bio", "Crèche"), List.of("bénévole", "BIO")));
    }

    @Test
    void aFilterFindsATagWhateverItsCaseAndSpacing() {
        assertEquals("panier solidaire", Tags.searchKey(" Panier   SOLIDAIRE "));
        assertNull(Tags.searchKey(" "));
    }
}
