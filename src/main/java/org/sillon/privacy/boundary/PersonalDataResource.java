package org.sillon.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.io.StringReader;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.platform.boundary.Caller;
import org.sillon.privacy.control.ReadableExport;
import org.sillon.platform.control.Versions;
import org.sillon.people.boundary.PersonsResource.PersonView;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/** A person's GDPR rights over the API: access (JSON or a printable page) and erasure. Administrators only. */
@Path("v1/personal-data")
@Allowed(Audience.ADMINS)
@ApplicationScoped
public class PersonalDataResource {

    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("'Produit le' dd/MM/yyyy 'à' HH:mm");

    /** Why the person is erased; kept in the register. */
    public record ErasureInput(String reason) {
    }

    @Inject
    PersonalData data;

    @Inject
    Provider<Caller> caller;

    @Inject
    Clock clock;

    @Context
    Providers providers;

    @GET
    @Path("retention")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Persons whose household left longer ago than sillon.people.retention-months: to review for erasure")
    public List<PersonalData.RetentionDue> retention() {
        return data.retentionDue();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything held about a person, as a JSON download; recorded as an access request")
    public Response export(@PathParam("id") long id) {
        return Response.ok(data.export(id, "JSON", caller.get()))
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + id + ".json\"").build();
    }

    @GET
    @Path("{id}/html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The same export as a printable French page; recorded as an access request")
    public Response readable(@PathParam("id") long id) {
        Map<String, Object> export = data.export(id, "HTML", caller.get());
        // the page renders exactly what the JSON download holds, through the same JSON-B configuration
        Jsonb jsonb = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE).getContext(Map.class);
        JsonObject tree;
        try (var reader = Json.createReader(new StringReader(jsonb.toJson(export)))) {
            tree = reader.readObject();
        }
        String html = ReadableExport.page("Données personnelles de la personne n°" + id,
                PRODUCED.format(clock.instant().atZone(clock.getZone())), tree);
        return Response.ok(html)
                .header("Content-Disposition", "inline; filename=\"personal-data-" + id + ".html\"").build();
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a person by anonymising them; If-Match must carry the version read (412 when stale)")
    public Response erase(@PathParam("id") long id, ErasureInput input, @Context HttpHeaders headers) {
        PersonView person = data.erase(id, Versions.expected(headers), input == null ? null : input.reason(), caller.get());
        return Response.ok(person).tag(Versions.tag(person.version())).build();
    }
}
