package org.sillon.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sillon.people.entity.PersonalDataRequest;
import org.sillon.platform.boundary.PagedLazyModel;

/** The register of personal-data requests, newest first. */
@Named
@ViewScoped
public class PersonalDataRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    PersonalData data;

    @Inject
    Clock clock;

    private PagedLazyModel<PersonalDataRequest> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> data.requests(null, page),
                PersonalData.SORTS.keySet(), "requestedAt,desc", PersonalDataRequest::id);
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    public PagedLazyModel<PersonalDataRequest> getModel() {
        return model;
    }
}
