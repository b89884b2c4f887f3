package org.sillon.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.accounts.entity.Account;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.PersonDeleting;
import org.sillon.people.boundary.PersonErased;
import org.sillon.people.boundary.PersonalDataSource;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.PersonsMerged;
import org.sillon.people.boundary.ReferenceHandler;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;
import org.sillon.platform.control.Versions;

/**
 * The persons accounts belong to. An administrator links an account to a person of the registry (an
 * adherent's portal login, a staff member who is also a member) or unlinks it; one account per person, one
 * person per account. The account then follows the person's lifecycle: a merge moves the merged person's
 * account to the survivor, and is refused when both have one, since which login stays is an administrator's
 * choice; an erasure unlinks the account, disables it and revokes its tokens, so that an erased person keeps
 * no way in; a deletion is refused while an account belongs to the person, as unlinking a login is a decision
 * of its own, not a side effect.
 */
@ApplicationScoped
@Transactional
@ReferenceHandler(tables = "account")
public class AccountHolders implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Persons persons;

    @Inject
    AuditTrail audit;

    /** Makes the account the person's; relinking an account to another person moves it. */
    public Account link(long accountId, Long personId) {
        Account account = accounts.find(accountId);
        if (personId == null) {
            throw ProblemException.invalid("personId", Message.of("required"));
        }
        PersonCard person = persons.cards(List.of(personId)).stream().findFirst()
                .orElseThrow(() -> ProblemException.invalid("personId", Message.of("person.unknown", personId)));
        if (person.erased()) {
            throw ProblemException.conflict("person-erased", "personId",
                    Message.of("account.personErased", personId));
        }
        Optional<Account> holder = of(personId);
        if (holder.isPresent() && !holder.get().equals(account)) {
            throw ProblemException.conflict("person-has-account", "personId",
                    Message.of("account.personTaken", person.fullName(), holder.get().username()));
        }
        if (!Objects.equals(account.personId(), personId)) {
            change(account, a -> a.belongTo(personId));
        }
        return account;
    }

    /** Links as {@link #link} does, for other components, which need no entity back. */
    public void linkPerson(long accountId, long personId) {
        link(accountId, personId);
    }

    /** The account belongs to no person any more; nothing happens when it belonged to none. */
    public Account unlink(long accountId) {
        Account account = accounts.find(accountId);
        if (account.personId() != null) {
            change(account, Account::detachFromPerson);
        }
        return account;
    }

    /** The account that belongs to the person, if any. */
    public Optional<Account> of(long personId) {
        return em.createQuery("select a from Account a where a.personId = :person", Account.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    /** The cards of the persons these accounts belong to, by person id, in one query. */
    public Map<Long, PersonCard> holders(Collection<Account> list) {
        List<Long> ids = list.stream().map(Account::personId).filter(Objects::nonNull).toList();
        return persons.cards(ids).stream().collect(Collectors.toMap(PersonCard::id, Function.identity()));
    }

    /** The merged person's account now belongs to the survivor, unless the survivor has one already. */
    void on(@Observes PersonsMerged merged) {
        Optional<Account> theirs = of(merged.mergedId());
        if (theirs.isEmpty()) {
            return;
        }
        Optional<Account> mine = of(merged.survivorId());
        if (mine.isPresent()) {
            throw ProblemException.conflict("merge-accounts", "mergedId",
                    Message.of("merge.accounts", mine.get().username(), theirs.get().username()));
        }
        change(theirs.get(), a -> a.belongTo(merged.survivorId()));
    }

    /** An erased person keeps no login: the account is unlinked and disabled, its tokens revoked. */
    void on(@Observes PersonErased erased) {
        of(erased.personId()).ifPresent(account -> {
            change(account, a -> {
                a.detachFromPerson();
                a.disable();
            });
            tokens.revokeAllOf(account);
        });
    }

    void on(@Observes PersonDeleting deleting) {
        of(deleting.personId()).ifPresent(a -> deleting.refuse(Message.of("deletion.account", a.username())));
    }

    private void change(Account account, Consumer<Account> change) {
        Map<String, Object> before = account.auditState();
        change.accept(account);
        Versions.flush(em);
        audit.updated(Accounts.AUDIT_TYPE, account.id(), before, account.auditState());
    }

    @Override
    public String section() {
        return "account";
    }

    /** The person's login, if they have one: what it is named, its roles, when it was last used. */
    @Override
    public Object collect(long personId) {
        List<Account> theirs = of(personId).stream().toList();
        return AccountsResource.AccountView.of(theirs, holders(theirs));
    }
}
