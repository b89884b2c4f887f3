package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void mediaTypeIsProblemJson() {
        assertEquals("application/problem+json", Problem.MEDIA_TYPE);
        assertEquals("application", Problem.MEDIA.getType());
        assertEquals("problem+json", Problem.MEDIA.getSubtype());
    }

    @Test
    void ofBuildsATypedProblemWithoutFieldErrors() {
        Problem p = Problem.of(Response.Status.CONFLICT, "duplicate-email", "Conflict", "already used");
        assertEquals("https://sillon.org/problems/duplicate-email", p.type());
        assertEquals("Conflict", p.title());
        assertEquals(409, p.status());
        assertEquals("already used", p.detail());
        assertNull(p.instance());
        assertTrue(p.errors().isEmpty());
    }

    @Test
    void invalidFieldNamesTheFieldAt400() {
        Problem p = Problem.invalidField("email", "is not a valid email address");
        assertEquals(400, p.status());
        assertEquals("https://sillon.org/problems/invalid-request", p.type());
        assertEquals("email: is not a valid email address", p.detail());
        assertEquals(List.of(new Problem.FieldError("email", "is not a valid email address")), p.errors());
    }
}
