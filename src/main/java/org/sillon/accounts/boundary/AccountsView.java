package org.sillon.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sillon.accounts.entity.Account;
import org.sillon.platform.boundary.Role;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Language;

/** The administrator's page of accounts: list, open a new one, change roles, disable, set a password. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    UserSession user;

    private List<Account> list;

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

    @PostConstruct
    void init() {
        list = accounts.list();
    }

    public void create() {
        try {
            accounts.create(new Accounts.NewAccount(username, displayName, email, language,
                    roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), password), user.getUsername());
            Faces.info("account.created");
            username = displayName = email = password = null;
            roles = new ArrayList<>();
            list = accounts.list();
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
        newPassword = null;
    }

    public void saveEdited() {
        try {
            accounts.update(editedId, editedVersion, new Accounts.AccountChange(editedDisplayName, editedEmail,
                    editedLanguage, editedRoles.isEmpty() ? Set.of() : EnumSet.copyOf(editedRoles), editedEnabled),
                    user.getUsername());
            if (newPassword != null && !newPassword.isBlank()) {
                accounts.setPassword(editedId, newPassword);
            }
            Faces.info("form.saved");
            list = accounts.list();
            editedId = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (ProblemException e) {
            if (e.status() == 412) {
                Faces.error("form.stale");
                edit(accounts.find(editedId));
                list = accounts.list();
                return;
            }
            Faces.show(e, "editAccount");
        }
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
