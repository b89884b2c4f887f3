package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.exchange.control.ExportFormat;
import org.sillon.people.boundary.ConsentPurpose;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;
import org.sillon.people.boundary.RegistryList;
import org.sillon.platform.control.PageRequest;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.Persons;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;

/**
 * The registry lists as CSV or XLSX files, with the list endpoints' own query parameters (search, filters,
 * sort), so a client exports exactly what it lists. Staff may export what they may read.
 */
@Path("v1/exports")
@Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
@Allowed(Audience.STAFF)
@ApplicationScoped
public class ExportsResource {

    @Inject
    Exports exports;

    /** Writes the body after the headers are sent; a failure then can only cut the file short. */
    private interface Body {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    @GET
    @Path("persons")
    @Operation(summary = "Persons as a CSV (semicolons, UTF-8 with BOM) or XLSX file; same parameters as the list")
    public Response persons(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("email") String email, @QueryParam("householdId") Long householdId,
            @QueryParam("city") String city, @QueryParam("tag") String tag,
            @QueryParam("consent") ConsentPurpose consent, @QueryParam("sort") String sort) {
        ExportFormat f = ExportFormat.of(format);
        PageRequest order = PageRequest.of(0, PageRequest.MAX_SIZE, sort, Persons.SORTS.keySet(), "lastName");
        Map<String, String> criteria = criteria(f, q, sort);
        criteria.put("email", email);
        criteria.put("householdId", householdId == null ? null : householdId.toString());
        criteria.put("city", city);
        criteria.put("tag", tag);
        criteria.put("consent", consent == null ? null : consent.name());
        Persons.Filter filter = new Persons.Filter(q, email, householdId, city, tag, consent);
        return file(RegistryList.PERSONS, f, criteria, out -> exports.persons(filter, order, f, out));
    }

    @GET
    @Path("households")
    @Operation(summary = "Households as a CSV or XLSX file; same parameters as the list")
    public Response households(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("city") String city, @QueryParam("status") HouseholdStatus status,
            @QueryParam("sort") String sort) {
        ExportFormat f = ExportFormat.of(format);
        PageRequest order = PageRequest.of(0, PageRequest.MAX_SIZE, sort, Households.SORTS.keySet(), "name");
        Map<String, String> criteria = criteria(f, q, sort);
        criteria.put("city", city);
        criteria.put("status", status == null ? null : status.name());
        Households.Filter filter = new Households.Filter(q, city, status, null);
        return file(RegistryList.HOUSEHOLDS, f, criteria, out -> exports.households(filter, order, f, out));
    }

    @GET
    @Path("organisations")
    @Operation(summary = "Organisations as a CSV or XLSX file; same parameters as the list")
    public Response organisations(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("kind") OrganisationKind kind, @QueryParam("role") OrganisationRole role,
            @QueryParam("sort") String sort) {
        ExportFormat f = ExportFormat.of(format);
        PageRequest order = PageRequest.of(0, PageRequest.MAX_SIZE, sort, Organisations.SORTS.keySet(), "name");
        Map<String, String> criteria = criteria(f, q, sort);
        criteria.put("kind", kind == null ? null : kind.name());
        criteria.put("role", role == null ? null : role.name());
        Organisations.Filter filter = new Organisations.Filter(q, kind, role);
        return file(RegistryList.ORGANISATIONS, f, criteria, out -> exports.organisations(filter, order, f, out));
    }

    private static Map<String, String> criteria(ExportFormat format, String q, String sort) {
        Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("format", format.extension());
        criteria.put("q", q);
        criteria.put("sort", sort);
        return criteria;
    }

    private Response file(RegistryList list, ExportFormat format, Map<String, String> criteria, Body body) {
        exports.record(list, criteria);
        StreamingOutput stream = body::write;
        return Response.ok(stream, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + exports.fileName(list, format) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
