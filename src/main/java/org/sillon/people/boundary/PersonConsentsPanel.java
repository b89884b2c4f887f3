package org.sillon.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;

/** The consents panel of a person's page: the state per purpose, granting or withdrawing, the history. */
@Named("personConsents")
@ViewScoped
public class PersonConsentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consents consents;

    @Inject
    PersonPage page;

    @Inject
    UserSession user;

    private ConsentSource source;
    private Consents.Overview overview;

    public Consents.Overview getOverview() {
        if (overview == null && page.getId() != null) {
            overview = consents.of(page.getId());
        }
        return overview;
    }

    public String grant(ConsentPurpose purpose) {
        return record(purpose, true);
    }

    public String withdraw(ConsentPurpose purpose) {
        return record(purpose, false);
    }

    private String record(ConsentPurpose purpose, boolean granted) {
        return Faces.attempt(user.isPeopleEditor(), "consents", () -> {
            consents.record(page.getId(), purpose, granted, source, user.caller());
            Faces.info(granted ? "consent.done.granted" : "consent.done.withdrawn");
            return page.reload();
        }, null);
    }

    public ConsentSource[] getSources() {
        return ConsentSource.values();
    }

    public ConsentSource getSource() {
        return source;
    }

    public void setSource(ConsentSource source) {
        this.source = source;
    }
}
