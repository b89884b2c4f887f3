package org.sillon.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.boundary.Role;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String HASH = "a".repeat(64);

    private static Account account() {
        return new Account("robot", "Robot", null, Language.FR, Set.of(Role.ADMIN), NOW);
    }

    private static ApiToken token(Account account, Instant expiresAt) {
        return new ApiToken(account, "Export comptable", HASH, "sil_AbC1", expiresAt, "admin", NOW);
    }

    @Test
    void aNewToken() {
        Account account = account();
        Instant expiry = NOW.plus(Duration.ofDays(30));
        ApiToken t = new ApiToken(account, "  Export comptable ", HASH, "sil_AbC1", expiry, "admin", NOW);
        assertSame(account, t.account());
        assertEquals("Export comptable", t.name());
        assertEquals("sil_AbC1", t.prefix());
        assertEquals(expiry, t.expiresAt());
        assertEquals("admin", t.createdBy());
        assertEquals(NOW, t.createdAt());
        assertNull(t.revokedAt());
        assertNull(t.lastUsedAt());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void aNameIsRequired(String name) {
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> new ApiToken(account(), name, HASH, "sil_AbC1", null, "admin", NOW));
        assertEquals("name", e.field());
    }

    @Test
    void aNameHasAtMost120Characters() {
        assertEquals(120, new ApiToken(account(), "n".repeat(120), HASH, "sil_AbC1", null, "admin", NOW).name().length());
        InvalidValue e = assertThrows(InvalidValue.class,
                () -> new ApiToken(account(), "n".repeat(121), HASH, "sil_AbC1", null, "admin", NOW));
        assertEquals("name", e.field());
    }

    @Test
    void theExpiryMustBeInTheFuture() {
        InvalidValue now = assertThrows(InvalidValue.class, () -> token(account(), NOW));
        assertEquals("expiresAt", now.field());
        InvalidValue past = assertThrows(InvalidValue.class, () -> token(account(), NOW.minusSeconds(1)));
        assertEquals("expiresAt", past.field());
        assertEquals(NOW.plusMillis(1), token(account(), NOW.plusMillis(1)).expiresAt());
    }

    @Test
    void aTokenWithoutExpiryLastsUntilRevoked() {
        ApiToken t = token(account(), null);
        assertNull(t.expiresAt());
        assertTrue(t.isUsableAt(NOW));
        assertTrue(t.isUsableAt(NOW.plus(Duration.ofDays(3650))));
    }

    @Test
    void notUsableFromItsExpiry() {
        Instant expiry = NOW.plus(Duration.ofDays(30));
        ApiToken t = token(account(), expiry);
        assertTrue(t.isUsableAt(NOW));
        assertTrue(t.isUsableAt(expiry.minusMillis(1)));
        assertFalse(t.isUsableAt(expiry));
        assertFalse(t.isUsableAt(expiry.plusSeconds(1)));
    }

    @Test
    void notUsableOnceRevoked() {
        ApiToken t = token(account(), null);
        Instant revokedAt = NOW.plusSeconds(60);
        t.revoke(revokedAt);
        assertEquals(revokedAt, t.revokedAt());
        assertFalse(t.isUsableAt(revokedAt));
        assertFalse(t.isUsableAt(NOW.plusSeconds(120)));
    }

    @Test
    void revokingTwiceKeepsTheFirstTime() {
        ApiToken t = token(account(), null);
        assertTrue(t.revoke(NOW.plusSeconds(60)));
        assertFalse(t.revoke(NOW.plusSeconds(120)), "nothing to audit the second time");
        assertEquals(NOW.plusSeconds(60), t.revokedAt());
    }

    @Test
    void theAuditTrailKeepsNameAccountPrefixAndExpiryButNeverTheHash() {
        ApiToken t = token(account(), NOW.plus(Duration.ofDays(30)));
        assertEquals(java.util.Map.of("name", "Export comptable", "account", "robot", "prefix", "sil_AbC1",
                "expiresAt", NOW.plus(Duration.ofDays(30))), t.auditState());
    }

    @Test
    void notUsableWhileItsAccountIsDisabled() {
        Account account = account();
        ApiToken t = token(account, null);
        account.disable();
        assertFalse(t.isUsableAt(NOW));
        account.enable();
        assertTrue(t.isUsableAt(NOW));
    }

    @Test
    void aTokenNeedsNoPassword() {
        Account account = account();
        assertFalse(account.canLogIn());
        assertTrue(token(account, null).isUsableAt(NOW));
    }

}
