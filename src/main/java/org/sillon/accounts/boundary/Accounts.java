package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.control.PasswordPolicy;
import org.sillon.accounts.control.Passwords;
import org.sillon.accounts.entity.Account;
import org.sillon.accounts.entity.LoginThrottle;
import org.sillon.accounts.entity.Role;
import org.sillon.mailing.boundary.Outbox;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;

/** Staff and adherent accounts: creation with a welcome email, roles, passwords, and login checks. */
@ApplicationScoped
@Transactional
public class Accounts {

    /** What a login attempt came to. */
    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public record LoginResult(Outcome outcome, Caller caller, Instant lockedUntil) {
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
    @ConfigProperty(name = "sillon.login.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sillon.login.lockout-minutes")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "sillon.base-url")
    String baseUrl;

    public Account create(NewAccount input, String createdBy) {
        Account account = ProblemException.onField("username", () -> new Account(input.username(), input.displayName(), input.email(),
                input.language(), input.roles() == null ? Set.of() : input.roles(), clock.instant()));
        if (findByUsername(account.username()).isPresent()) {
            throw ProblemException.conflict("username-taken", "username",
                    "the username " + account.username() + " is already taken");
        }
        if (account.email() != null && emailTaken(account.email(), null)) {
            throw ProblemException.conflict("email-taken", "email", "another account already uses this email");
        }
        if (input.password() != null) {
            ProblemException.onField("password", () -> PasswordPolicy.check(account.username(), input.password()));
            account.changePasswordHash(passwords.hash(input.password()));
        }
        em.persist(account);
        if (account.email() != null) {
            outbox.queue(account.email(), account.displayName(), "welcome", account.language(), Map.of(
                    "displayName", account.displayName(),
                    "username", account.username(),
                    "createdBy", createdBy,
                    "loginUrl", baseUrl + "/login.xhtml"));
        }
        em.flush(); // the version in the answer is the one stored
        return account;
    }

    public Account update(long id, long expectedVersion, AccountChange change, String changedBy) {
        Account account = find(id);
        Versions.check(expectedVersion, account.version());
        ProblemException.onField("body", () -> account.describe(
                change.displayName() == null ? account.displayName() : change.displayName(),
                change.email() == null ? account.email() : change.email(),
                change.language() == null ? account.language() : change.language()));
        if (account.email() != null && emailTaken(account.email(), account.id())) {
            throw ProblemException.conflict("email-taken", "email", "another account already uses this email");
        }
        if (change.roles() != null) {
            ProblemException.onField("roles", () -> account.assignRoles(change.roles()));
        }
        if (change.enabled() != null) {
            if (!change.enabled() && account.username().equals(changedBy)) {
                throw ProblemException.invalid("enabled", "you cannot disable your own account");
            }
            if (change.enabled()) {
                account.enable();
            } else {
                account.disable();
            }
        }
        if (account.username().equals(changedBy) && !account.has(Role.ADMIN)) {
            throw ProblemException.invalid("roles", "you cannot remove your own administrator role");
        }
        Versions.flush(em);
        return account;
    }

    public void setPassword(long id, String password) {
        Account account = find(id);
        ProblemException.onField("password", () -> PasswordPolicy.check(account.username(), password));
        account.changePasswordHash(passwords.hash(password));
    }

    /**
     * A person changing their own password proves they know the current one; wrong guesses count against
     * the same throttle as logins. Answers the caller with its new stamp, to keep the current session.
     */
    @Transactional(dontRollbackOn = ProblemException.class) // a wrong guess is refused and still counted
    public Caller changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = findByUsername(username).orElseThrow(() -> ProblemException.notFound("Account", username));
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, account.username(), LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLockedAt(now)) {
            throw ProblemException.invalid("currentPassword", "too many failed attempts; try again later");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            recordFailure(throttle, account.username(), now);
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        if (throttle != null) {
            em.remove(throttle);
        }
        ProblemException.onField("newPassword", () -> PasswordPolicy.check(account.username(), newPassword));
        account.changePasswordHash(passwords.hash(newPassword));
        return Caller.of(account);
    }

    /** The language someone chose in the pages becomes their account's: the next login opens in it. */
    void rememberLanguage(@Observes UserSession.LanguageChosen chosen) {
        findByUsername(chosen.username()).ifPresent(account -> em.createQuery(
                "update Account a set a.language = :language where a.id = :id")
                .setParameter("language", chosen.language()).setParameter("id", account.id()).executeUpdate());
    }

    /**
     * Checks a username and password, counting failures per username whether the account exists or not.
     * While a username is locked even the right password is refused: that is what makes guessing slow.
     */
    public LoginResult verifyPassword(String username, String password) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty() || key.length() > 64 || password == null) {
            return new LoginResult(Outcome.INVALID, null, null);
        }
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLockedAt(now)) {
            return new LoginResult(Outcome.LOCKED, null, throttle.lockedUntil());
        }
        Optional<Account> account = findByUsername(key);
        boolean valid = passwords.matches(password, account.map(Account::passwordHash).orElse(null))
                && account.get().canLogIn();
        if (valid) {
            if (throttle != null) {
                em.remove(throttle);
            }
            // a bulk update: bookkeeping must not move the version an administrator's edit relies on
            em.createQuery("update Account a set a.lastLoginAt = :now where a.id = :id")
                    .setParameter("now", now).setParameter("id", account.get().id()).executeUpdate();
            return new LoginResult(Outcome.SUCCESS, Caller.of(account.get()), null);
        }
        LoginThrottle failed = recordFailure(throttle, key, now);
        return failed.isLockedAt(now) ? new LoginResult(Outcome.LOCKED, null, failed.lockedUntil())
                : new LoginResult(Outcome.INVALID, null, null);
    }

    private LoginThrottle recordFailure(LoginThrottle existing, String key, Instant now) {
        LoginThrottle throttle = existing;
        if (throttle == null) {
            throttle = new LoginThrottle(key);
            em.persist(throttle);
        }
        throttle.recordFailure(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
        return throttle;
    }

    /** The caller behind a session, re-read at each request so that disabling or changing roles bites at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> activeCaller(String username) {
        return findByUsername(username).filter(Account::enabled).map(Caller::of);
    }

    /** Until when a username is locked by failed logins, if it is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        Instant now = clock.instant();
        return throttle != null && throttle.isLockedAt(now) ? Optional.of(throttle.lockedUntil()) : Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw ProblemException.notFound("Account", id);
        }
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> list() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** The usernames of enabled staff accounts (every role but ADHERENT), in order: who can own work. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> staffUsernames() {
        Set<Role> staff = java.util.EnumSet.of(Role.ADMIN, Role.ANIMATOR, Role.TREASURER, Role.GARDEN);
        return list().stream().filter(a -> a.enabled() && a.roles().stream().anyMatch(staff::contains))
                .map(Account::username).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private boolean emailTaken(String email, Long exceptId) {
        return em.createQuery("select count(a) from Account a where a.email = :email and a.id <> :id", Long.class)
                .setParameter("email", email).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }
}
