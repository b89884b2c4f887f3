package org.sillon.people.boundary;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.sillon.platform.control.Problem;
import org.sillon.platform.control.ProblemException;

/**
 * Asked, synchronously and in the deletion's transaction, before a record of the registry is deleted. Each
 * component holding rows about the record observes it and either refuses, saying what holds the record and
 * what to do first, or removes or unlinks its rows itself, with an audit line: foreign keys across components
 * are {@code restrict}, so nothing goes behind a component's back. The deletion goes ahead only if nobody
 * refused; a refusal rolls back what the other observers did.
 */
public abstract sealed class Deletion permits PersonDeleting, HouseholdDeleting, OrganisationDeleting {

    private final List<String> refusals = new ArrayList<>();

    /**
     * Refuses the deletion. The reason is English, names what holds the record and what to do first; pages
     * show it in the person's language through {@code problems_en.properties}.
     */
    public void refuse(String reason) {
        refusals.add(reason);
    }

    /** Throws, if anyone refused, the 409 naming every reason, each as an error on {@code id}, the record asked for. */
    void proceedUnlessRefused(String record) {
        if (refusals.isEmpty()) {
            return;
        }
        Problem conflict = Problem.of(Response.Status.CONFLICT, "deletion-refused", "Deletion refused",
                record + " cannot be deleted: " + String.join("; ", refusals));
        throw new ProblemException(new Problem(conflict.type(), conflict.title(), conflict.status(),
                conflict.detail(), null, refusals.stream().map(r -> new Problem.FieldError("id", r)).toList()));
    }
}
