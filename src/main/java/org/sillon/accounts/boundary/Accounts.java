package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.control.AddressThrottle;
import org.sillon.accounts.control.PasswordPolicy;
import org.sillon.accounts.control.Passwords;
import org.sillon.accounts.entity.Account;
import org.sillon.platform.boundary.Role;
import org.sillon.mailing.boundary.Outbox;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.Persons;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.AcrossAssociations;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;

/**
 * Staff and adherent accounts: creation with a welcome email, roles, passwords, and login checks. Every
 * change is audited with who made it, without passwords: a reset or a change of password is a line of its
 * own, without values.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    /** How accounts are named in the audit trail. */
    public static final String AUDIT_TYPE = "Account";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    /** When to come back after "too busy": long enough for a hashing core to free up. */
    private static final Duration BUSY_RETRY = Duration.ofSeconds(5);

    /** What a login attempt came to: the caller when it passed, until when to wait when it was throttled. */
    public record LoginResult(AddressThrottle.Outcome outcome, CallerIdentity caller, Instant retryAt) {
    }

    /** What an administrator fills in to open an account. */
    public record NewAccount(String username, String displayName, String email, Language language,
            Set<Role> roles, String password) {
    }

    /** What an administrator may change on an account; a field left null keeps its value. */
    public record AccountChange(String displayName, String email, Language language, Set<Role> roles,
            Boolean enabled) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    Outbox outbox;

    @Inject
    AddressThrottle throttle;

    @Inject
    AuditTrail audit;

    @Inject
    AcrossAssociations across;

    @Inject
    Persons persons;

    @Inject
    @ConfigProperty(name = "sillon.base-url")
    String baseUrl;

    /** Opens an account as {@link #create} does and answers its id. */
    public long register(NewAccount input, Caller by) {
        return create(input, by).id();
    }

    /**
     * Opens an account as {@link #register} does, its password given already hashed in {@link Passwords}' stored
     * form: the demo's logins, whose passwords are public and whose hashing (deliberately slow, a second or more
     * each on a busy machine) would otherwise weigh on every first start.
     */
    public long registerHashed(NewAccount input, String passwordHash, Caller by) {
        if (input.password() != null || !Passwords.isStoredForm(passwordHash)) {
            throw new IllegalArgumentException("A hashed password in the stored form, and no clear one, is expected");
        }
        return open(input, passwordHash, by).id();
    }

    public Account create(NewAccount input, Caller by) {
        return open(input, null, by);
    }

    private Account open(NewAccount input, String passwordHash, Caller by) {
        Account account = ProblemException.onField("username", () -> new Account(input.username(), input.displayName(), input.email(),
                input.language(), input.roles() == null ? Set.of() : input.roles(), clock.instant()));
        if (associationOf(account.username()).isPresent()) {
            throw ProblemException.conflict("username-taken", "username",
                    Message.of("username.taken", account.username()));
        }
        if (account.email() != null && emailTaken(account.email(), null)) {
            throw ProblemException.conflict("email-taken", "email", Message.of("account.emailTaken"));
        }
        if (input.password() != null) {
            ProblemException.onField("password", () -> PasswordPolicy.check(account.username(), input.password()));
            account.changePasswordHash(passwords.hash(input.password()));
        } else if (passwordHash != null) {
            account.changePasswordHash(passwordHash);
        }
        em.persist(account);
        if (account.email() != null) {
            outbox.queue(account.email(), account.displayName(), "welcome", account.language(), Map.of(
                    "displayName", account.displayName(),
                    "username", account.username(),
                    "createdBy", by.name(),
                    "loginUrl", baseUrl + "/login.xhtml"));
        }
        em.flush(); // the version in the answer is the one stored
        audit.created(AUDIT_TYPE, account.id(), account.auditState());
        return account;
    }

    public Account update(long id, long expectedVersion, AccountChange change, Caller by) {
        Account account = find(id);
        Versions.check(expectedVersion, account.version());
        Map<String, Object> before = account.auditState();
        ProblemException.onField("body", () -> account.describe(
                change.displayName() == null ? account.displayName() : change.displayName(),
                change.email() == null ? account.email() : change.email(),
                change.language() == null ? account.language() : change.language()));
        if (account.email() != null && emailTaken(account.email(), account.id())) {
            throw ProblemException.conflict("email-taken", "email", Message.of("account.emailTaken"));
        }
        if (change.roles() != null) {
            ProblemException.onField("roles", () -> account.assignRoles(change.roles()));
        }
        if (change.enabled() != null) {
            if (!change.enabled() && by.is(account.username())) {
                throw ProblemException.invalid("enabled", Message.of("account.selfDisable"));
            }
            if (change.enabled()) {
                account.enable();
            } else {
                account.disable();
            }
        }
        if (by.is(account.username()) && !account.has(Role.ADMIN)) {
            throw ProblemException.invalid("roles", Message.of("account.selfAdmin"));
        }
        audit.updated(AUDIT_TYPE, account.id(), before, account.auditState());
        Versions.flush(em);
        return account;
    }

    public void setPassword(long id, String password) {
        Account account = find(id);
        ProblemException.onField("password", () -> PasswordPolicy.check(account.username(), password));
        account.changePasswordHash(passwords.hash(password));
        audit.record(AUDIT_TYPE, id, PASSWORD_RESET, Map.of());
    }

    /**
     * A person changing their own password proves they know the current one; wrong guesses count against
     * the address they come from, as failed logins do. Answers the caller with its new stamp, to keep the
     * current session.
     */
    public CallerIdentity changeOwnPassword(Caller caller, String currentPassword, String newPassword, String address) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ProblemException.invalid("currentPassword", Message.of("required")); // no guess, nothing to count
        }
        AddressThrottle.Verdict verdict = throttle.attempt(address, () -> passwords.matches(currentPassword,
                findByUsername(caller.username()).map(Account::passwordHash).orElse(null)));
        switch (verdict.outcome()) {
            case THROTTLED -> throw ProblemException.tooManyAttempts("too-many-attempts", "currentPassword",
                    throttledMessage(verdict.retryAt()), Duration.between(clock.instant(), verdict.retryAt()));
            case BUSY -> throw ProblemException.tooManyAttempts("busy", "currentPassword",
                    Message.of("throttled.busy"), BUSY_RETRY);
            case FAILED -> throw ProblemException.invalid("currentPassword", Message.of("password.current"));
            case PASSED -> {
                // the current password is proven: go on
            }
        }
        Account account = findByUsername(caller.username())
                .orElseThrow(() -> ProblemException.notFound(Message.of("notFound.account", caller.username())));
        ProblemException.onField("newPassword", () -> PasswordPolicy.check(account.username(), newPassword));
        account.changePasswordHash(passwords.hash(newPassword));
        audit.record(AUDIT_TYPE, account.id(), PASSWORD_CHANGED, Map.of());
        return CallerIdentity.of(account);
    }

    private Message throttledMessage(Instant retryAt) {
        AddressThrottle.Wait wait = AddressThrottle.Wait.until(clock.instant(), retryAt);
        return wait.unit() == ChronoUnit.SECONDS ? Message.of("throttled.seconds", wait.amount())
                : Message.of("throttled.minutes", wait.amount());
    }

    /** The language someone chose in the pages becomes their account's: the next login opens in it. */
    void rememberLanguage(@Observes UserSession.LanguageChosen chosen) {
        findByUsername(chosen.username()).ifPresent(account -> em.createQuery(
                "update Account a set a.language = :language where a.id = :id")
                .setParameter("language", chosen.language()).setParameter("id", account.id()).executeUpdate());
    }

    /**
     * Checks a username and password sent from a client address. Failures count against the address, never
     * against an account, whether the username exists or not; an unknown username costs one hash as a known
     * one does, so that neither the answer nor its time tells which usernames exist.
     */
    public LoginResult verifyPassword(String username, String password, String address) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty() || key.length() > 64 || password == null) {
            return new LoginResult(AddressThrottle.Outcome.FAILED, null, null);
        }
        // read inside the check, which runs outside this transaction: no connection is held during the hash
        AtomicReference<Account> found = new AtomicReference<>();
        AddressThrottle.Verdict verdict = throttle.attempt(address, () -> {
            Optional<Account> account = findByUsername(key);
            account.ifPresent(found::set);
            return passwords.matches(password, account.map(Account::passwordHash).orElse(null))
                    && account.get().canLogIn();
        });
        if (verdict.outcome() != AddressThrottle.Outcome.PASSED) {
            return new LoginResult(verdict.outcome(), null, verdict.retryAt());
        }
        Account account = found.get();
        // a bulk update: bookkeeping must not move the version an administrator's edit relies on
        em.createQuery("update Account a set a.lastLoginAt = :now where a.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", account.id()).executeUpdate();
        return new LoginResult(AddressThrottle.Outcome.PASSED, CallerIdentity.of(account), null);
    }

    /**
     * Who an enabled account is, once for the container (its identity, with roles) and once for the facades
     * (its caller, with its person and household): the authentication reads both in one transaction and hands
     * the caller on to the request (see {@code CurrentCaller}).
     */
    public record Authenticated(CallerIdentity identity, Caller caller) {
    }

    /** The caller behind a session, re-read at each request so that disabling or changing roles bites at once. */
    public Optional<Authenticated> activeCaller(String username) {
        return findByUsername(username).filter(Account::enabled).map(this::authenticated);
    }

    /** The account as the authentication hands it on, read in the transaction that found it. */
    Authenticated authenticated(Account account) {
        return new Authenticated(CallerIdentity.of(account), callerOf(account));
    }

    /**
     * The caller an account stands for, as facades take it: its roles, and the person it belongs to with
     * their household (one more query, for linked accounts only). Empty for an unknown username.
     */
    public Optional<Caller> caller(String username) {
        return findByUsername(username).map(this::callerOf);
    }

    private Caller callerOf(Account a) {
        PersonCard person = a.personId() == null ? null : persons.cards(List.of(a.personId())).stream()
                .findFirst().orElse(null);
        return new Caller(a.username(), a.displayName(), a.roles(), a.personId(),
                person == null ? null : person.householdId());
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw ProblemException.notFound(Message.of("notFound.account", id));
        }
        return account;
    }

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    public List<Account> list() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** The usernames of enabled staff accounts (every role but ADHERENT), in order: who can own work. */
    public List<String> staffUsernames() {
        return List.copyOf(staffNames().keySet());
    }

    /** The display names of enabled staff accounts by username, in username order: whom work can be given to. */
    public Map<String, String> staffNames() {
        Set<Role> staff = java.util.EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER, Role.GARDEN);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        list().stream().filter(a -> a.enabled() && a.roles().stream().anyMatch(staff::contains))
                .forEach(a -> names.put(a.username(), a.displayName()));
        return names;
    }

    /** The display names of the accounts with these usernames, in one query; an unknown username is left out. */
    public Map<String, String> displayNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select a.username, a.displayName from Account a where a.username in :usernames", Object[].class)
                .setParameter("usernames", Set.copyOf(usernames)).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /**
     * The association of the account with this username, whichever it is: usernames are unique in the
     * installation, since a login names no association.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Long> associationOf(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return across.read(em -> em.createNativeQuery("select association_id from account where username = ?1")
                .setParameter(1, key).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
    }

    /** Account emails are unique in the installation too: a password reset names no association. */
    private boolean emailTaken(String email, Long exceptId) {
        return across.read(em -> ((Number) em.createNativeQuery(
                "select count(*) from account where email = ?1 and id <> ?2")
                .setParameter(1, email).setParameter(2, exceptId == null ? -1L : exceptId)
                .getSingleResult()).longValue() > 0);
    }
}
