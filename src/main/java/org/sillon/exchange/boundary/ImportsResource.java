package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sillon.exchange.control.ImportCheck;
import org.sillon.exchange.control.ImportRow;
import org.sillon.exchange.entity.ImportJob;
import org.sillon.exchange.entity.ImportLine;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.exchange.entity.ImportStatus;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.platform.boundary.ProblemMappers;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Upload;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.control.Versions;
import org.sillon.platform.boundary.Allowed;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.entity.Message;

/** Imports of member lists (CSV or XLSX), for those who change the registry. */
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.REGISTRY_EDITORS)
@ApplicationScoped
public class ImportsResource {

    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    /** A column of the file and the target it fills (null: ignored). */
    public record ColumnView(int index, String header, String target) {
    }

    /** An import: its file, mapping, status and counts. */
    public record JobView(long id, String fileName, String format, String encoding, String separator,
            String uploadedBy, Instant uploadedAt, ImportStatus status, int total, int processed,
            int createdPersons, int createdHouseholds, int duplicates, int errors, List<ColumnView> columns,
            HouseholdStatus householdStatus, long version) {

        static JobView of(ImportJob j) {
            List<ImportJob.Column> columns = j.columns();
            List<ColumnView> views = new java.util.ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ImportTarget t = columns.get(i).target();
                views.add(new ColumnView(i, columns.get(i).header(), t == null ? null : t.key()));
            }
            return new JobView(j.id(), j.fileName(), j.format(), j.encoding(), j.separator(), j.uploadedBy(),
                    j.uploadedAt(), j.status(), j.total(), j.processed(), j.createdPersons(), j.createdHouseholds(),
                    j.duplicates(), j.errors(), views, j.householdStatus(), j.version());
        }
    }

    /** What is wrong with a field of a previewed row, in the caller's language, and the key of its message. */
    public record ProblemView(String field, String message, String key) {

        static ProblemView of(ImportRow.Problem p, Locale language) {
            return new ProblemView(p.field(), p.message().text(language), p.message().key());
        }
    }

    /** A previewed row: its mapped values as read, what would become of it, and why. */
    public record PreviewRow(int line, Map<String, String> values, ImportOutcome outcome,
            List<ProblemView> problems, String duplicate) {

        static PreviewRow of(ImportCheck.Checked c, Locale language) {
            return new PreviewRow(c.row().line(), c.row().values(), c.outcome(),
                    c.row().problems().stream().map(p -> ProblemView.of(p, language)).toList(),
                    c.duplicate() == null ? null : c.duplicateMessage().text(language));
        }
    }

    /** An import with the targets a column can fill and the first rows checked under its mapping. */
    public record AnalysisView(JobView job, List<String> targets, List<PreviewRow> preview) {

        static AnalysisView of(Imports.Analysis a, Locale language) {
            return new AnalysisView(JobView.of(a.job()), Arrays.stream(ImportTarget.values()).map(ImportTarget::key).toList(),
                    a.preview().stream().map(c -> PreviewRow.of(c, language)).toList());
        }
    }

    /**
     * One target key per column, in order (null to ignore a column), and the status of the households to
     * create: PROSPECT, ACTIVE, LAPSED or LEFT, or none to make active those whose file gives a join date
     * (from the earliest) and prospects the others.
     */
    public record MappingInput(List<String> targets, HouseholdStatus householdStatus) {
    }

    /** A line of the report, its message in the caller's language with its key. */
    public record LineView(int line, ImportOutcome outcome, String field, String message, String key, Long personId) {

        static LineView of(ImportLine l, Locale language) {
            Message m = l.message();
            return new LineView(l.lineNo(), l.outcome(), l.field(), m == null ? null : m.text(language),
                    m == null ? null : m.key(), l.personId());
        }
    }

    @Inject
    Imports imports;

    @Inject
    Provider<Caller> caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Upload // Imports refuses files over sillon.imports.max-bytes
    @Operation(summary = "Upload a member list (CSV or XLSX bytes as the body); answers its columns, guessed mapping and preview")
    public Response upload(InputStream body, @QueryParam("filename") String filename,
            @HeaderParam("Content-Disposition") String disposition, @Context UriInfo uri, @Context HttpHeaders headers) {
        Imports.Analysis analysis = imports.upload(filename != null ? filename : nameIn(disposition), body, caller.get());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(analysis.job().id())).build();
        return Response.created(location).tag(Versions.tag(analysis.job().version()))
                .entity(AnalysisView.of(analysis, ProblemMappers.language(headers))).build();
    }

    @GET
    @Operation(summary = "Imports, newest first by default")
    public Page<JobView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return imports.list(PageRequest.of(page, size, sort, Imports.SORTS.keySet(), "uploadedAt,desc"))
                .map(JobView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One import: status and progress (processed of total)")
    public Response get(@PathParam("id") long id) {
        ImportJob job = imports.find(id);
        return Response.ok(JobView.of(job)).tag(Versions.tag(job.version())).build();
    }

    @PUT
    @Path("{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the mapping (If-Match); answers the new preview")
    public Response remap(@PathParam("id") long id, MappingInput input, @Context HttpHeaders headers) {
        Imports.Analysis analysis = imports.remap(id, Versions.expected(headers), input.targets(),
                input.householdStatus());
        return Response.ok(AnalysisView.of(analysis, ProblemMappers.language(headers)))
                .tag(Versions.tag(analysis.job().version())).build();
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run the import in the background (If-Match); 409 when it has already run")
    public Response run(@PathParam("id") long id, @Context HttpHeaders headers) {
        ImportJob job = imports.start(id, Versions.expected(headers), caller.get());
        return Response.accepted(JobView.of(job)).tag(Versions.tag(job.version())).build();
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The report, line by line; outcome narrows it to CREATED, DUPLICATE or ERROR")
    public Page<LineView> lines(@PathParam("id") long id, @QueryParam("outcome") ImportOutcome outcome,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @Context HttpHeaders headers) {
        Locale language = ProblemMappers.language(headers);
        return imports.lines(id, outcome, PageRequest.of(page, size, null, Imports.LINE_SORTS.keySet(), "lineNo"))
                .map(l -> LineView.of(l, language));
    }

    private static String nameIn(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher m = DISPOSITION_NAME.matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
