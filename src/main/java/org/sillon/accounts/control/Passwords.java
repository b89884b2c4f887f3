package org.sillon.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Slow salted hashes: PBKDF2 with HMAC-SHA512 and 210,000 iterations (OWASP 2023). The stored form names its
 * algorithm, iterations and salt, so raising the cost later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the username is unknown, so that both answers take as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    /** Whether {@code hash} has the stored form this class writes (algorithm:iterations:salt:hash). */
    public static boolean isStoredForm(String hash) {
        return hash != null && hash.startsWith(ALGORITHM + ":") && hash.split(":").length == 4;
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash) && hash != null;
    }
}
