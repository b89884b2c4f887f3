package org.sillon.accounts.entity;

import org.sillon.accounts.control.CallerChanges;
import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * A bearer token for the REST API, acting as its account with that account's roles. Only the SHA-256 of the
 * secret is kept: tokens are long random strings, so a fast hash is enough and lookups stay an index probe.
 */
@Entity
@EntityListeners(CallerChanges.class)
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t join fetch t.account order by t.createdAt desc")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ApiToken implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String ALL = "ApiToken.all";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at")
    @Convert(converter = InstantConverter.class)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String tokenHash, String prefix, Instant expiresAt,
            String createdBy, Instant now) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new InvalidValue("name", Message.of("name.length", 120));
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidValue("expiresAt", Message.of("future"));
        }
        this.account = account;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.canLogInWithToken();
    }

    /** Stops the token; answers whether this did it, false when it was already revoked. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    /** What the audit trail keeps of a token: never its secret or hash. */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("account", account.username());
        s.put("prefix", prefix);
        s.put("expiresAt", expiresAt);
        return s;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
