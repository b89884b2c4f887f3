package org.sillon.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Consent lines for several persons in one request, all or none: a stall's sign-up sheet typed in after a fair,
 * or another tool's subscription form passing its answers on. Each person's history then reads as if each line
 * had been recorded on its own ({@link ConsentsResource}).
 */
@Path("v1/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Audience.REGISTRY_EDITORS)
@ApplicationScoped
public class ConsentLinesResource {

    /** One line: a person's consent given ({@code granted} true) or withdrawn for a purpose, and how it reached us. */
    public record LineInput(Long personId, ConsentPurpose purpose, Boolean granted, ConsentSource source) {
    }

    /** The lines, in the order they were given: for one person and purpose, the last one decides. */
    public record LinesInput(List<LineInput> lines) {
    }

    /** How many lines were recorded. */
    public record Recorded(int lines) {
    }

    @Inject
    Consents consents;

    @Inject
    Provider<Caller> caller;

    @POST
    @Operation(summary = "Record consent lines for several persons at once (at most the API's array limit), all or"
            + " none; a line naming no person is refused on lines[i].personId")
    public Recorded record(LinesInput input) {
        if (input == null || input.lines() == null || input.lines().isEmpty()) {
            throw ProblemException.invalid("lines", Message.of("required"));
        }
        List<Consents.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            LineInput line = input.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                throw ProblemException.invalid(at, Message.of("required"));
            }
            // the purpose and source are the line's own rules, refused on lines[i] by Consents.recordAll
            required(at + ".personId", line.personId());
            required(at + ".granted", line.granted());
            decisions.add(new Consents.Decision(line.personId(), line.purpose(), line.granted(), line.source()));
        }
        return new Recorded(consents.recordAll(decisions, caller.get()));
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw ProblemException.invalid(field, Message.of("required"));
        }
    }
}
