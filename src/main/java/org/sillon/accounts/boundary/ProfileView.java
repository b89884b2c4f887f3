package org.sillon.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;

/** "My account": change one's own password. */
@Named
@RequestScoped
public class ProfileView {

    @Inject
    Accounts accounts;

    @Inject
    UserSession user;

    private String currentPassword;
    private String newPassword;

    public void changePassword() {
        try {
            Caller caller = accounts.changeOwnPassword(user.getUsername(), currentPassword, newPassword);
            SillonAuthentication.renewStamp((jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest(), caller);
            Faces.info("account.passwordSet");
        } catch (ProblemException e) {
            Faces.show(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getDisplayName() {
        return accounts.findByUsername(user.getUsername()).map(a -> a.displayName()).orElse(user.getUsername());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
