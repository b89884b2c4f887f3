package org.sillon.accounts.entity;

import org.sillon.accounts.control.CallerChanges;
import jakarta.persistence.DiscriminatorType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.platform.control.Tenancy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.sillon.platform.entity.InstantConverter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.platform.entity.Emails;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.boundary.Role;
import org.sillon.platform.entity.Message;

/**
 * A login: a username, a password hash, roles, and possibly the person of the registry it belongs to (by id:
 * people owns persons). Never holds a password in clear.
 */
@Entity
@EntityListeners(CallerChanges.class)
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Account implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "Account.byUsername";
    private static final String USERNAME_SHAPE = "[a-z0-9][a-z0-9._@-]{2,63}";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "last_login_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastLoginAt;

    @Column(name = "person_id")
    private Long personId;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String email, Language language, Set<Role> roles,
            Instant now) {
        this.username = normaliseUsername(username);
        this.createdAt = now;
        describe(displayName, email, language);
        assignRoles(roles);
    }

    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!u.matches(USERNAME_SHAPE)) {
            throw new InvalidValue("username", Message.of("username.shape"));
        }
        return u;
    }

    public final void describe(String displayName, String email, Language language) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new InvalidValue("displayName", Message.of("displayName.length", 120));
        }
        this.displayName = displayName.strip();
        this.email = InvalidValue.checking("email", () -> Emails.normalise(email));
        this.language = language == null ? Language.FR : language;
    }

    public final void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidValue("roles", Message.of("roles.none"));
        }
        if (newRoles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValue("roles", Message.of("no.null"));
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean canLogIn() {
        return enabled && passwordHash != null;
    }

    /** The account now belongs to this person (an adherent's login, a staff member who is also a member). */
    public void belongTo(long personId) {
        this.personId = personId;
    }

    /** The account belongs to no person any more; it keeps its username, roles and history. */
    public void detachFromPerson() {
        this.personId = null;
    }

    /** A disabled account's tokens stop working with it; a token needs no password. */
    public boolean canLogInWithToken() {
        return enabled;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return language;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    /** The person the account belongs to, or null. */
    public Long personId() {
        return personId;
    }

    public long version() {
        return version;
    }

    /** What the audit trail keeps of an account: never its password or hash. Roles read "ADMIN, GARDEN". */
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("displayName", displayName);
        s.put("email", email);
        s.put("language", language);
        s.put("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        s.put("enabled", enabled);
        s.put("personId", personId);
        return s;
    }
}
