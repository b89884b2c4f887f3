package org.sillon.testing;

import java.util.List;
import java.util.UUID;

/**
 * Accounts for tests, created through the admin API: a fresh username per call, so that tests sharing one
 * server and one database never collide.
 */
public final class Staff {

    public static final String PASSWORD = "correct horse battery staple";

    /** A created account with its API token. */
    public record Member(long id, String username, String token) {
    }

    private Staff() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Member create(Api api, String role) {
        return create(api, role, null);
    }

    public static Member create(Api api, String role, String email) {
        String username = unique(role.toLowerCase());
        Api.Reply created = api.admin().post("/api/v1/accounts", Api.json("username", username,
                "displayName", "Test " + role, "email", email, "roles", List.of(role), "password", PASSWORD));
        if (created.status() != 201) {
            throw new AssertionError("Could not create an account: " + created);
        }
        Api.Reply token = api.admin().post("/api/v1/api-tokens", Api.json("username", username, "name", "test"));
        if (token.status() != 201) {
            throw new AssertionError("Could not create a token: " + token);
        }
        return new Member(created.id(), username, token.json().getString("token"));
    }
}
