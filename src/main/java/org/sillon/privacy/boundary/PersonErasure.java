package org.sillon.privacy.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.people.boundary.Persons;

/** The GDPR part of a person's page: whether they were erased, and the administrator's erasure with its reason. */
@Named
@ViewScoped
public class PersonErasure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    PersonalData data;

    @Inject
    UserSession user;

    private String reason;
    private Boolean erased;

    /** Read once per view: the page asks several times while rendering. */
    public boolean erased(long personId) {
        if (erased == null) {
            erased = persons.card(personId).erased();
        }
        return erased;
    }

    public String erase(long personId, long version) {
        return Faces.attempt(user.isAdmin(), "gdpr", () -> {
            data.erase(personId, version, reason, user.caller());
            Faces.info("erasure.done");
            return "/people/person?faces-redirect=true&id=" + personId;
        }, null);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
