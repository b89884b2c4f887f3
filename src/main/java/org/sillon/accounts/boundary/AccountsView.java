package org.sillon.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.sillon.accounts.entity.Account;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.PersonPicker;
import org.sillon.platform.boundary.Role;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;

/**
 * The administrator's page of accounts: list, open a new one, change roles, disable, set a password, link
 * an account to the person it belongs to.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    AccountHolders holders;

    @Inject
    UserSession user;

    @Inject
    PersonPicker picker;

    private List<Account> list;
    /** The persons the listed accounts belong to, by id. */
    private Map<Long, PersonCard> cards;

    // the "new account" form
    private String username;
    private String displayName;
    private String email;
    private Language language = Language.FR;
    private List<Role> roles = new ArrayList<>();
    private String password;

    // the "edit account" dialog
    private Long editedId;
    private long editedVersion;
    private String editedDisplayName;
    private String editedEmail;
    private Language editedLanguage;
    private List<Role> editedRoles;
    private boolean editedEnabled;
    private String newPassword;
    private Long editedPersonId;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        list = accounts.list();
        cards = holders.holders(list);
    }

    public void create() {
        try {
            accounts.create(new Accounts.NewAccount(username, displayName, email, language,
                    roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), password), user.caller());
            Faces.info("account.created");
            username = displayName = email = password = null;
            roles = new ArrayList<>();
            reload();
        } catch (ProblemException e) {
            Faces.show(e, "newAccount");
        }
    }

    public void edit(Account a) {
        editedId = a.id();
        editedVersion = a.version();
        editedDisplayName = a.displayName();
        editedEmail = a.email();
        editedLanguage = a.language();
        editedRoles = new ArrayList<>(a.roles());
        editedEnabled = a.enabled();
        editedPersonId = a.personId();
        newPassword = null;
    }

    public void saveEdited() {
        try {
            accounts.update(editedId, editedVersion, new Accounts.AccountChange(editedDisplayName, editedEmail,
                    editedLanguage, editedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(editedRoles), editedEnabled),
                    user.caller());
            if (newPassword != null && !newPassword.isBlank()) {
                accounts.setPassword(editedId, newPassword);
            }
            saidAtTop("form.saved");
            reload();
            editedId = null;
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (ProblemException e) {
            if (e.status() == 412) {
                Faces.error("form.stale");
                edit(accounts.find(editedId));
                reload();
                return;
            }
            Faces.show(e, "editAccount");
        }
    }

    /** Links the edited account to the person picked, at once; the dialog's other fields wait for "save". */
    public void linkPerson() {
        try {
            editedVersion = holders.link(editedId, editedPersonId).version();
            saidAtTop("account.personLinked");
            reload();
        } catch (ProblemException e) {
            Faces.show(e, "editPerson");
        }
    }

    public void unlinkPerson() {
        editedVersion = holders.unlink(editedId).version();
        editedPersonId = null;
        saidAtTop("account.personUnlinked");
        reload();
    }

    /** What the dialog did, said once, at the top of the page: the dialog's own messages are its refusals. */
    private static void saidAtTop(String key) {
        Faces.info(key);
        PrimeFaces.current().ajax().update("messages");
    }

    public PersonPicker getPicker() {
        return picker;
    }

    /** How the picker shows a person: as it offered them, or by name for the person an account already has. */
    public String label(Long personId) {
        PersonCard card = personId == null ? null : cards.get(personId);
        return card != null && picker.offered(personId) == null ? card.fullName() : picker.label(personId);
    }

    /** The name of the person an account belongs to, or null. */
    public String personOf(Account a) {
        PersonCard card = a.personId() == null ? null : cards.get(a.personId());
        return card == null ? null : card.fullName();
    }

    /** Whether the edited account belongs to a person now (as stored, not as picked). */
    public boolean isEditedLinked() {
        return editedId != null && list.stream().anyMatch(a -> a.id().equals(editedId) && a.personId() != null);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<Account> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedDisplayName() {
        return editedDisplayName;
    }

    public void setEditedDisplayName(String editedDisplayName) {
        this.editedDisplayName = editedDisplayName;
    }

    public String getEditedEmail() {
        return editedEmail;
    }

    public void setEditedEmail(String editedEmail) {
        this.editedEmail = editedEmail;
    }

    public Language getEditedLanguage() {
        return editedLanguage;
    }

    public void setEditedLanguage(Language editedLanguage) {
        this.editedLanguage = editedLanguage;
    }

    public List<Role> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<Role> editedRoles) {
        this.editedRoles = editedRoles == null ? new ArrayList<>() : editedRoles;
    }

    public boolean isEditedEnabled() {
        return editedEnabled;
    }

    public void setEditedEnabled(boolean editedEnabled) {
        this.editedEnabled = editedEnabled;
    }

    public Long getEditedPersonId() {
        return editedPersonId;
    }

    public void setEditedPersonId(Long editedPersonId) {
        this.editedPersonId = editedPersonId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
