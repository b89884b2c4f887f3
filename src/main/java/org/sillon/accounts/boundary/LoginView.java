package org.sillon.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.sillon.accounts.control.AddressThrottle;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;

/** The login form: hands the credentials to the security mechanism and goes where the user was headed. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password)));
        password = null;
        switch (status) {
            case SUCCESS -> {
                // the session is new since the login: the account's language goes into it, not into the old bean
                accounts.findByUsername(username).ifPresent(a -> ((HttpServletRequest) external.getRequest())
                        .getSession().setAttribute(UserSession.ACCOUNT_LANGUAGE, a.language()));
                external.redirect(external.getRequestContextPath() + SillonAuthentication.safeNext(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(external.getRequestMap().get(SillonAuthentication.LOGIN_REFUSAL));
        }
    }

    /** Says why, without telling whether the username exists: only the address and the server are named. */
    private void refused(Object attribute) {
        if (!(attribute instanceof Accounts.LoginResult refusal)) {
            Faces.error("login.invalid");
            return;
        }
        switch (refusal.outcome()) {
            case THROTTLED -> {
                AddressThrottle.Wait wait = AddressThrottle.Wait.until(clock.instant(), refusal.retryAt());
                Faces.error(wait.unit() == ChronoUnit.SECONDS ? "login.throttled.seconds" : "login.throttled.minutes",
                        wait.amount());
            }
            case BUSY -> Faces.error("login.busy");
            default -> Faces.error("login.invalid");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
