package org.sillon.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions on RFC 9457 problem documents. */
public final class Problems {

    private Problems() {
    }

    /** A 400 problem document naming {@code field} among its errors. */
    public static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.body());
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getJsonArray("errors").stream()
                .anyMatch(e -> field.equals(e.asJsonObject().getString("field"))), reply.body());
    }
}
