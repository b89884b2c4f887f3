package org.sillon.mailing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.mailing.entity.MailStatus;
import org.sillon.mailing.entity.OutboxMessage;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** What was sent to whom, and what is still waiting: for administrators answering "I got no email". */
@Path("v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class OutboxResource {

    public record MessageView(long id, String recipient, String subject, String template, String language,
            MailStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
            String lastError) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(m.id(), m.recipient(), m.subject(), m.template(), m.language().name(),
                    m.status(), m.attempts(), m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.lastError());
        }
    }

    @Inject
    Outbox outbox;

    @GET
    @Operation(summary = "List queued and sent messages, newest first")
    public Page<MessageView> list(@QueryParam("status") MailStatus status, @QueryParam("recipient") String recipient,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, Set.of("createdAt", "status", "recipient"),
                "createdAt,desc");
        return outbox.list(status, recipient, request).map(MessageView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message with its delivery status")
    public MessageView get(@PathParam("id") long id) {
        return MessageView.of(outbox.find(id));
    }
}
