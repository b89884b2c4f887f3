package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sillon.accounts.control.TokenSecrets;
import org.sillon.accounts.entity.Account;
import org.sillon.accounts.entity.ApiToken;
import org.sillon.platform.control.AcrossAssociations;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * API tokens: created by an administrator for an account, shown once, revocable. Creating and revoking one
 * is audited, with who did it and for which account, never with the secret or its hash.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Last use is recorded at most this often, so that a busy client does not write on every request. */
    private static final Duration USE_RECORDING_STEP = Duration.ofMinutes(1);

    /** How tokens are named in the audit trail. */
    public static final String AUDIT_TYPE = "ApiToken";
    public static final String REVOKED = "REVOKED";

    /** A new token with its secret, which exists only in this answer. */
    public record Created(ApiToken token, String secret) {
    }

    /**
     * The caller a bearer token stands for, which token it was, and until when it may be taken as read without
     * asking the database: the token's expiry, or when its next use is to be recorded.
     */
    public record Bearer(Accounts.Authenticated caller, AuditTrail.Token token, Instant rereadBy) {
    }

    /** Beyond this many tokens known, the map of their associations starts again empty rather than grow. */
    private static final int KNOWN_TOKENS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AcrossAssociations across;

    /**
     * The association of each token hash seen, which never changes in a token's life: a bearer call then needs
     * no transaction across associations. Whether the token is still usable is read by {@link #authenticate},
     * whose answer a server remembers only until a token or an account changes anywhere ({@code CallerCache}).
     */
    private final Map<String, Long> associations = new ConcurrentHashMap<>();

    public Created create(String username, String name, Instant expiresAt, Caller by) {
        return createWithSecret(username, name, expiresAt, by, TokenSecrets.generate());
    }

    /** For the bootstrap and demo tokens whose secret comes from configuration. */
    public Created createWithSecret(String username, String name, Instant expiresAt, Caller by, String secret) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> ProblemException.invalid("username", Message.of("username.unknown")));
        if (secret == null || secret.length() < 24) {
            throw ProblemException.invalid("token", Message.of("token.length", 24));
        }
        ApiToken token = ProblemException.onField("name", () -> new ApiToken(account, name,
                TokenSecrets.hash(secret), TokenSecrets.displayPrefix(secret), expiresAt, by.username(), clock.instant()));
        em.persist(token);
        audit.created(AUDIT_TYPE, token.id(), token.auditState());
        return new Created(token, secret);
    }

    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw ProblemException.notFound(Message.of("notFound.apiToken", id));
        }
        revokeAudited(token);
    }

    /** Revokes every live token of an account, each with its audit line. */
    void revokeAllOf(Account account) {
        em.createQuery("select t from ApiToken t where t.account = :account and t.revokedAt is null", ApiToken.class)
                .setParameter("account", account).getResultList().forEach(this::revokeAudited);
    }

    private void revokeAudited(ApiToken token) {
        if (token.revoke(clock.instant())) {
            audit.record(AUDIT_TYPE, token.id(), REVOKED, Map.of());
        }
    }

    public List<ApiToken> list() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    /** The association of the token with this secret, if there is one: the authentication then works for it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Long> associationOf(String secret) {
        if (secret == null || secret.length() < 24 || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = TokenSecrets.hash(secret);
        Long known = associations.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> association = across.read(em -> em
                .createNativeQuery("select association_id from api_token where token_hash = ?1")
                .setParameter(1, hash).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
        association.ifPresent(id -> {
            if (associations.size() >= KNOWN_TOKENS) {
                associations.clear();
            }
            associations.put(hash, id);
        });
        return association;
    }

    /** The caller a bearer secret stands for, if it is a live token of an enabled account. */
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || secret.length() < 24 || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecrets.hash(secret)).getResultStream().findFirst()
                .filter(t -> t.isUsableAt(now));
        return token.map(t -> {
            Instant recorded = t.lastUsedAt();
            if (recorded == null || recorded.plus(USE_RECORDING_STEP).isBefore(now)) {
                // a bulk update: parallel calls with one token must not collide on the token's version
                em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                        .setParameter("now", now).setParameter("id", t.id()).executeUpdate();
                recorded = now;
            }
            Instant rereadBy = recorded.plus(USE_RECORDING_STEP);
            if (t.expiresAt() != null && t.expiresAt().isBefore(rereadBy)) {
                rereadBy = t.expiresAt();
            }
            return new Bearer(accounts.authenticated(t.account()), new AuditTrail.Token(t.id(), t.name()), rereadBy);
        });
    }
}
