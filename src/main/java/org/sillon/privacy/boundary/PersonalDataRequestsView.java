package org.sillon.privacy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sillon.privacy.entity.PersonalDataRequest;
import org.sillon.platform.boundary.PagedLazyModel;

/** The register of personal-data requests, newest first. */
@Named
@ViewScoped
public class PersonalDataRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalData data;

    private PagedLazyModel<PersonalDataRequest> model;

    private List<PersonalData.RetentionDue> retentionDue;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> data.requests(null, page),
                PersonalData.SORTS.keySet(), "requestedAt,desc", PersonalDataRequest::id);
    }

    /** The persons the retention rule flags, read once per view. */
    public List<PersonalData.RetentionDue> getRetentionDue() {
        if (retentionDue == null) {
            retentionDue = data.retentionDue();
        }
        return retentionDue;
    }

    public int getRetentionMonths() {
        return data.retentionMonths();
    }

    public PagedLazyModel<PersonalDataRequest> getModel() {
        return model;
    }
}
