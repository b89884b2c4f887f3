package org.sillon.people.boundary;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Asked, synchronously and in the deletion's transaction, before a record of the registry is deleted. Each
 * component holding rows about the record observes it and either refuses, saying what holds the record and
 * what to do first, or removes or unlinks its rows itself, with an audit line: foreign keys across components
 * are {@code restrict}, so nothing goes behind a component's back. The deletion goes ahead only if nobody
 * refused; a refusal rolls back what the other observers did.
 */
public abstract sealed class Deletion permits PersonDeleting, HouseholdDeleting, OrganisationDeleting {

    private final List<Message> refusals = new ArrayList<>();

    /** Refuses the deletion, with a reason that names what holds the record and what to do first. */
    public void refuse(Message reason) {
        refusals.add(reason);
    }

    /** Throws, if anyone refused, the 409 naming every reason, each as an error on {@code id}, the record asked for. */
    void proceedUnlessRefused(Message record) {
        if (refusals.isEmpty()) {
            return;
        }
        throw new ProblemException(Response.Status.CONFLICT, "deletion-refused", Message.of("title.deletionRefused"),
                Message.of("deletion.refused", record, refusals),
                refusals.stream().map(r -> new ProblemException.Refusal("id", r)).toList());
    }
}
