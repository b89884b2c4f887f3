package org.sillon.testing;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
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

    /**
     * Creates an account with {@code role} in the association whose administrator calls through {@code admin} (one
     * {@link #newAssociation} answered), and answers its username; its password is {@link #PASSWORD}.
     */
    public static String createIn(Api admin, String role) {
        String username = unique(role.toLowerCase());
        Api.Reply created = admin.post("/api/v1/accounts", Api.json("username", username, "displayName", "Test " + role,
                "roles", List.of(role), "password", PASSWORD));
        if (created.status() != 201) {
            throw new AssertionError("Could not create an account: " + created);
        }
        return username;
    }

    /**
     * Registers another association named {@code name} and its first administrator through the installation's
     * administrator, logs that administrator in and answers their API.
     */
    public static Api newAssociation(Api api, URL base, String name) {
        String admin = unique("admin-b");
        Api.Reply registered = api.admin().post("/api/v1/associations", Api.json("name", name + " " + admin,
                "email", admin + "@example.org", "admin", Json.createObjectBuilder().add("username", admin)
                        .add("displayName", "Admin B").add("password", PASSWORD).build()));
        if (registered.status() != 201) {
            throw new AssertionError("Could not register an association: " + registered);
        }
        URI uri = URI.create(base.toString());
        URI server = Api.loopback(uri);
        Api session = api.anonymous().withCookie(FormLogin.session(uri, admin, PASSWORD))
                .header("Origin", server.getScheme() + "://" + server.getHost() + ":" + server.getPort());
        Api.Reply token = session.post("/api/v1/api-tokens", Api.json("username", admin, "name", "test"));
        if (token.status() != 201) {
            throw new AssertionError("Could not create a token: " + token);
        }
        return api.anonymous().as(token.json().getString("token"));
    }
}
