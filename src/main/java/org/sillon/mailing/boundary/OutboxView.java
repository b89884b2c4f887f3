package org.sillon.mailing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.sillon.mailing.entity.MailStatus;
import org.sillon.mailing.entity.OutboxMessage;
import org.sillon.platform.boundary.PagedLazyModel;

/** The administrator's view of the outbox: what was sent, what waits, what failed and why. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private PagedLazyModel<OutboxMessage> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filters, page) -> outbox.list(
                filters.containsKey("status") ? MailStatus.valueOf(filters.get("status")) : null,
                filters.get("recipient"), page),
                Set.of("createdAt", "status", "recipient"), "createdAt,desc", OutboxMessage::id);
    }

    public PagedLazyModel<OutboxMessage> getModel() {
        return model;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }
}
