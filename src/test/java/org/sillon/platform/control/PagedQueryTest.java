package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedQueryTest {

    @Test
    void aSearchIsSplitIntoFoldedWords() {
        assertEquals(List.of("helene", "cote"), PagedQuery.words("  Hélène   CÔTÉ "));
        assertEquals(List.of("lefevre"), PagedQuery.words("LEFÈVRE"));
    }

    @Test
    void punctuationSeparatesWordsButEmailsStayWhole() {
        assertEquals(List.of("le", "gall"), PagedQuery.words("Le-Gall"));
        assertEquals(List.of("jo.martin@example.org"), PagedQuery.words("Jo.Martin@Example.org"));
    }

    @Test
    void repeatedWordsCountOnceAndLikeWildcardsAreNotKept() {
        assertEquals(List.of("martin"), PagedQuery.words("martin Martin"));
        assertEquals(List.of("a", "b"), PagedQuery.words("a%_b"));
    }

    @Test
    void blankOrMissingSearchesHaveNoWords() {
        assertEquals(List.of(), PagedQuery.words(null));
        assertEquals(List.of(), PagedQuery.words("  "));
        assertEquals(List.of(), PagedQuery.words("--"));
    }
}
