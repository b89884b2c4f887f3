package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void mediaTypeIsProblemJson() {
        assertEquals("application/problem+json", Problem.MEDIA_TYPE);
        assertEquals("application", Problem.MEDIA.getType());
        assertEquals("problem+json", Problem.MEDIA.getSubtype());
    }
}
