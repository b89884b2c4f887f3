package org.sillon.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sillon.accounts.entity.Account;
import org.sillon.accounts.entity.ApiToken;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.ParisTime;
import org.sillon.platform.control.ProblemException;

/** The administrator's page of API tokens: create one (its secret shown once), revoke one. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    UserSession user;

    private List<ApiToken> list;
    private String username;
    private String name;
    private LocalDate expiresOn;
    private String secret;

    @PostConstruct
    void init() {
        list = tokens.list();
    }

    public void create() {
        try {
            ApiTokens.Created created = tokens.create(username, name,
                    expiresOn == null ? null : ParisTime.startOf(expiresOn.plusDays(1)), user.caller());
            secret = created.secret();
            name = null;
            expiresOn = null;
            list = tokens.list();
        } catch (ProblemException e) {
            Faces.show(e, "newToken");
        }
    }

    public void revoke(long id) {
        tokens.revoke(id);
        list = tokens.list();
        Faces.info("form.saved");
    }

    public List<String> getUsernames() {
        return accounts.list().stream().filter(Account::enabled).map(Account::username).toList();
    }

    public List<ApiToken> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getSecret() {
        return secret;
    }
}
