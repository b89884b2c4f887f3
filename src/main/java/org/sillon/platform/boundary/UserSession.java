package org.sillon.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.platform.entity.Language;

/**
 * The person using the pages: their language and what their roles let the menu and forms show. Roles are
 * asked of the container at each call, so a role change applies at the next click.
 */
@Named("user")
@SessionScoped
public class UserSession implements Serializable {

    private static final Logger LOG = Logger.getLogger(UserSession.class.getName());

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Event<LanguageChosen> languageChosen;

    @Inject
    transient Instance<Caller> callers;

    /** Someone chose the language of their pages; whoever keeps preferences (their account) may record it. */
    public record LanguageChosen(String username, Language language) {
    }

    private Locale locale;

    /** Session attribute where the login puts the language of the account, for the new session's pages. */
    public static final String ACCOUNT_LANGUAGE = "sillon.language";

    public Locale getLocale() {
        if (locale == null) {
            // French unless the person chose English (here or in their account): the association works in French
            Object chosen = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(ACCOUNT_LANGUAGE);
            return chosen instanceof Language l ? l.locale() : Locale.FRENCH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the interface language and shows the same page again in it: the same view with its view
     * parameters as the page holds them now (the record's {@code id}, a list's search words), since the form
     * posted here carries none of them in its address.
     */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
        if (getUsername() != null) {
            languageChosen.fire(new LanguageChosen(getUsername(), Language.of(locale)));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String url = faces.getApplication().getViewHandler().getRedirectURL(faces, faces.getViewRoot().getViewId(),
                new java.util.HashMap<>(), true);
        faces.getExternalContext().redirect(url);
        faces.responseComplete();
    }

    /** The person using the pages as facades take them, read afresh for each request. */
    public Caller caller() {
        return callers.get();
    }

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** The name the pages call the person by: the account's display name, else its username. */
    public String getDisplayName() {
        String name = null;
        if (getUsername() != null) {
            try {
                name = caller().displayName();
            } catch (RuntimeException unreadable) {
                // the layout also frames the error page, which must still show when the database is what failed
                LOG.log(Level.FINE, "Display name unreadable", unreadable);
            }
        }
        return name == null || name.isBlank() ? getUsername() : name;
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    /** Whether the person belongs to {@code audience}: what the menus and forms ask. */
    public boolean in(Audience audience) {
        return audience.admits(this::is);
    }

    public boolean isAdmin() {
        return in(Audience.ADMINS);
    }

    public boolean isStaff() {
        return in(Audience.STAFF);
    }

    /** Who may change the registry: the animator and administrators. */
    public boolean isPeopleEditor() {
        return in(Audience.REGISTRY_EDITORS);
    }

    public String logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=1");
        return null;
    }
}
