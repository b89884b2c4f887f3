package org.sillon.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sillon.platform.boundary.ClientAddress;
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

    @Inject
    ClientAddress clientAddress;

    private String currentPassword;
    private String newPassword;

    public void changePassword() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            CallerIdentity changed = accounts.changeOwnPassword(user.caller(), currentPassword, newPassword,
                    clientAddress.of(request));
            SillonAuthentication.renewStamp(request, changed);
            Faces.info("account.passwordSet");
        } catch (ProblemException e) {
            Faces.show(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getDisplayName() {
        return user.caller().name();
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
