package org.sillon.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * Two associations on one database, strictly apart. A second association is registered by the installation's
 * administrator; each then fills its registry, and tries every REST endpoint that the OpenAPI document lists
 * with the other's identifiers, in its path and in its body: 404 or 403 (or a refusal of the body), never the
 * other's data, and the other's rows are unchanged afterwards. Below the application, the database itself
 * shows the application's role nothing of an association its transaction is not bound to.
 */
@ExtendWith(ArquillianExtension.class)
class AssociationIsolationIT {

    /** Every table an association owns, compared row by row before and after the other's attempts. */
    private static final List<String> OWNED = List.of("person", "household", "organisation", "organisation_role",
            "person_tag", "person_note", "consent_record", "household_status_change", "organisation_contact",
            "household_solidarity", "saved_filter", "duplicate_dismissal", "person_merge", "personal_data_request",
            "import_job", "import_line", "interaction", "follow_up_task", "account", "account_role", "api_token",
            "production_site", "background_job", "basket_offer", "offer_price", "drop_off_point", "delivery_closure",
            "delivery_move", "basket_settings", "subscription", "subscription_term", "subscription_term_option",
            "absence", "basket_handover", "charge", "round_stop", "week_contents", "week_content_line", "duty", "subscription_pause", "solidarity_funder", "extra_order", "subscription_period");

    @ArquillianResource
    URL base;

    /** One association's registry as the test made it: the ids of its records, by the path segment naming them. */
    record Registry(long association, Api api, String marker, Map<String, Long> ids) {
    }

    @Test
    void eachAssociationReachesItsOwnRecordsOnlyThroughEveryEndpoint() throws Exception {
        Api api = Api.at(base);
        Registry a = fill(api.admin(), currentAssociation(api.admin()), "Alpha");
        Registry b = fill(Staff.newAssociation(api, base, "Jardin de Kervignac"), 0, "Bravo");
        b = new Registry(currentAssociation(b.api()), b.api(), b.marker(), b.ids());
        assertTrue(a.association() != b.association());

        List<String> leaks = new ArrayList<>();
        for (Registry[] pair : new Registry[][] {{a, b}, {b, a}}) {
            Map<String, String> etags = versions(pair[0], pair[1]);
            // asked before the snapshot: the owner's own call records its token's use (at most once a minute),
            // which a slow run would otherwise see as a change
            String ownerName = pair[1].api().get("/api/v1/me").json().getString("username");
            Map<String, String> before = snapshot(pair[1].association());
            tryEverything(pair[0], pair[1], ownerName, etags, leaks);
            Map<String, String> after = snapshot(pair[1].association());
            before.forEach((table, rows) -> {
                if (!rows.equals(after.get(table))) {
                    leaks.add(table + " of association " + pair[1].association() + " changed");
                }
            });
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // lists and searches show each its own
        for (Registry[] pair : new Registry[][] {{a, b}, {b, a}}) {
            Registry viewer = pair[0];
            Registry other = pair[1];
            for (String list : List.of("/api/v1/persons?q=", "/api/v1/households?q=", "/api/v1/organisations?q=")) {
                Api.Reply own = viewer.api().get(list + viewer.marker());
                assertEquals(200, own.status(), own.body());
                assertTrue(own.json().getJsonNumber("total").longValue() > 0, list + " " + own.body());
                Api.Reply theirs = viewer.api().get(list + other.marker());
                assertEquals(0, theirs.json().getJsonNumber("total").longValue(), list + " " + theirs.body());
            }
            for (String list : List.of("/api/v1/persons", "/api/v1/interactions", "/api/v1/tasks", "/api/v1/accounts",
                    "/api/v1/api-tokens", "/api/v1/audit", "/api/v1/outbox", "/api/v1/duplicates", "/api/v1/merges",
                    "/api/v1/saved-filters", "/api/v1/imports", "/api/v1/personal-data-requests", "/api/v1/tags",
                    "/api/v1/exports/persons", "/api/v1/exports/households", "/api/v1/exports/organisations",
                    "/api/v1/association", "/api/v1/offers", "/api/v1/drop-off-points", "/api/v1/closures",
                    "/api/v1/distributions/" + isoWeek(LocalDate.ofEpochDay(other.ids().get("distribution-week"))),
                    "/api/v1/distributions/not-collected", "/api/v1/rounds", "/api/v1/charges",
                    "/api/v1/duties?weeks=13&from=" + isoWeek(LocalDate.ofEpochDay(other.ids().get("distribution-week"))),
                    "/api/v1/contents/" + isoWeek(LocalDate.ofEpochDay(other.ids().get("distribution-week"))))) {
                Api.Reply reply = viewer.api().get(list + (list.contains("?") ? "&" : "?") + "size=100");
                assertFalse(reply.body().contains(other.marker()), list + " shows " + other.marker() + ": " + reply.body());
            }
            // the exports read their lists in one database cursor: still their own association's rows only
            for (String list : List.of("persons", "households", "organisations")) {
                Api.Reply own = viewer.api().get("/api/v1/exports/" + list);
                assertEquals(200, own.status(), own.body());
                assertTrue(own.body().contains(viewer.marker()), list + " export lacks " + viewer.marker());
            }
        }
        // each is told its own association
        assertTrue(b.api().get("/api/v1/association").json().getString("name").startsWith("Jardin de Kervignac"));
        assertFalse(a.api().get("/api/v1/association").json().getString("name").startsWith("Jardin de Kervignac"));
        // only the installation's first association manages the others
        assertEquals(403, b.api().get("/api/v1/associations").status());
        assertEquals(200, a.api().get("/api/v1/associations").status());
    }

    @Test
    void theDatabaseShowsTheApplicationsRoleNothingOutsideItsAssociation() throws Exception {
        Api api = Api.at(base);
        long first = currentAssociation(api.admin());
        long own = created(api.admin().post("/api/v1/persons", Api.json("firstName", "Denise", "lastName",
                Staff.unique("Delta"))));
        Registry b = fill(Staff.newAssociation(api, base, "Jardin de Kervignac"), 0, "Charlie");
        long second = currentAssociation(b.api());
        try (Connection c = DriverManager.getConnection(TestServices.jdbcUrl(), "sillon", "sillon")) {
            c.setAutoCommit(false);
            // a query that forgets its association finds nothing, not everyone's
            assertEquals(0, count(c, "select count(*) from person"));
            assertEquals(0, count(c, "select count(*) from account"));
            set(c, second);
            long persons = count(c, "select count(*) from person");
            assertTrue(persons >= 3);
            assertEquals(persons, count(c, "select count(*) from person where association_id = " + second));
            // a row cannot be written into another association, nor point at another's rows
            String person = "insert into person (id, association_id, first_name, last_name, language, joined_on,"
                    + " created_at, updated_at, version) values (-1, %d, 'X', 'Y', 'FR', current_date, now(), now(), 0)";
            assertRefused(c, person.formatted(first));
            assertAccepted(c, person.formatted(second));
            set(c, first);
            String note = "insert into person_note (id, person_id, author, written_at, text) values (-1, %d, 'x', now(),"
                    + " 'x')";
            assertRefused(c, note.formatted(b.ids().get("persons")));
            assertAccepted(c, note.formatted(own));
            assertEquals(0, count(c, "select count(*) from person where id = " + b.ids().get("persons")));
            assertEquals(0, c.createStatement().executeUpdate("update person set last_name = 'Z' where id = "
                    + b.ids().get("persons")));
            c.rollback();
        }
    }

    @Test
    void everyTableAnAssociationOwnsIsGuardedByThePolicyReadOncePerStatement() throws SQLException {
        Set<String> owned = new TreeSet<>();
        Map<String, String> guarded = new TreeMap<>();
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.columns"
                    + " where table_schema = current_schema() and column_name = 'association_id'"
                    + " and table_name in (select tablename from pg_tables where schemaname = current_schema())")) {
                while (rs.next()) {
                    owned.add(rs.getString(1));
                }
            }
            owned.add("association");
            try (ResultSet rs = s.executeQuery("select c.relname, p.qual from pg_class c"
                    + " join pg_policies p on p.tablename = c.relname and p.schemaname = current_schema()"
                    + " where c.relrowsecurity and c.relforcerowsecurity and p.policyname = 'association_only'")) {
                while (rs.next()) {
                    guarded.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (String table : owned) {
            String qual = guarded.get(table);
            assertTrue(qual != null, table + " has no association_only policy, enabled and forced");
            // the settings read in subqueries (once per statement), the column compared without a cast
            String column = table.equals("association") ? "id" : "association_id";
            assertTrue(qual.startsWith("((" + column + " = ( SELECT ") && qual.contains("sillon_association()")
                    && qual.contains("( SELECT COALESCE(current_setting('sillon.maintenance'"), table + ": " + qual);
        }
    }

    @Test
    void aRegistrationRefusedLeavesNoAssociationBehind() throws SQLException {
        Api admin = Api.at(base).admin();
        long associations = TestServices.count("select count(*) from association");
        Api.Reply taken = admin.post("/api/v1/associations", Api.json("name", "Jardin de Lanester", "admin",
                Json.createObjectBuilder().add("username", "admin").add("displayName", "Admin")
                        .add("password", Staff.PASSWORD).build()));
        assertEquals(409, taken.status(), taken.body());
        assertEquals("username", taken.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply nameless = admin.post("/api/v1/associations", Api.json("name", " ", "admin",
                Json.createObjectBuilder().add("username", Staff.unique("admin-c")).add("displayName", "Admin")
                        .add("password", Staff.PASSWORD).build()));
        assertEquals(400, nameless.status(), nameless.body());
        Api.Reply adminless = admin.post("/api/v1/associations", Api.json("name", "Jardin de Lanester"));
        assertEquals(400, adminless.status(), adminless.body());
        assertEquals("admin", adminless.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(associations, TestServices.count("select count(*) from association"));
    }

    private static long currentAssociation(Api api) {
        Api.Reply reply = api.get("/api/v1/association");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Fills an association's registry with one record of each kind, all named with a marker of its own. */
    private Registry fill(Api api, long association, String name) {
        String marker = name + Staff.unique("").substring(1);
        Map<String, Long> ids = new LinkedHashMap<>();
        long person = created(api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", marker,
                "email", marker.toLowerCase() + "@example.org")));
        long other = created(api.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", marker + "e")));
        long third = created(api.post("/api/v1/persons", Api.json("firstName", "Bob", "lastName", marker)));
        ids.put("persons", person);
        ids.put("personal-data", person);
        long household = created(api.post("/api/v1/households", Api.json("name", "Foyer " + marker,
                "mainContactId", person, "memberIds", List.of(other))));
        ids.put("households", household);
        long organisation = created(api.post("/api/v1/organisations", Api.json("name", "Relais " + marker,
                "kind", "ASSOCIATION")));
        ids.put("organisations", organisation);
        ok(api.post("/api/v1/organisations/" + organisation + "/contacts", Api.json("personId", third)));
        ids.put("contacts", third);
        ids.put("notes", created(api.post("/api/v1/persons/" + person + "/notes", Api.json("text", "Note " + marker))));
        ok(api.post("/api/v1/persons/" + person + "/consents", Api.json("purpose", "NEWSLETTER", "granted", true,
                "source", "PAPER")));
        ids.put("interactions", created(api.post("/api/v1/interactions", Api.json("kind", "CALL", "occurredAt",
                Instant.now().minus(1, ChronoUnit.HOURS).toString(), "subject", "Appel " + marker, "personId", person))));
        Staff.Member self = currentMember(api);
        ids.put("tasks", created(api.post("/api/v1/tasks", Api.json("title", "Rappeler " + marker, "dueOn",
                LocalDate.now().plusDays(2).toString(), "owner", self.username(), "personId", person))));
        ids.put("saved-filters", created(api.post("/api/v1/saved-filters", Api.json("list", "PERSONS", "name",
                "Filtre " + marker, "shared", false, "criteria", Json.createObjectBuilder().add("q", marker).build()))));
        Api.Reply upload = api.sendBytes("POST", "/api/v1/imports?filename=" + marker + ".csv",
                ("Nom;Prénom;Email\n" + marker + ";Zoé;zoe." + marker.toLowerCase() + "@example.org\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv");
        ok(upload);
        ids.put("imports", upload.json().getJsonObject("job").getJsonNumber("id").longValue());
        ids.put("accounts", self.id());
        ids.put("offers", created(api.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + marker))));
        ok(api.header("If-Match", api.get("/api/v1/offers/" + ids.get("offers")).etag()).post("/api/v1/offers/"
                + ids.get("offers") + "/prices", Api.json("startsOn", LocalDate.now().toString(), "amount",
                        Json.createValue(new java.math.BigDecimal("12.00")))));
        ids.put("drop-off-points", created(api.post("/api/v1/drop-off-points", Api.json("name", "Dépôt " + marker,
                "deliveryDay", "THURSDAY", "capacity", 10, "contactPersonId", person))));
        // weeks far enough ahead that their cut-off is not near, whenever the test runs
        LocalDate moveDay = LocalDate.now().plusWeeks(20).with(java.time.DayOfWeek.TUESDAY);
        ids.put("moves", created(api.post("/api/v1/drop-off-points/" + ids.get("drop-off-points") + "/moves",
                Api.json("week", isoWeek(moveDay), "movedTo", moveDay.toString(), "reason", "Marché " + marker))));
        ids.put("closures", created(api.post("/api/v1/closures", Api.json("week", isoWeek(moveDay.plusWeeks(5)),
                "reason", "Août " + marker))));
        long option = created(api.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs " + marker)));
        ids.put("subscriptions", created(api.post("/api/v1/subscriptions", Api.json("householdId", household,
                "firstWeek", isoWeek(moveDay), "lastWeek", isoWeek(moveDay.plusWeeks(20)), "sizeOfferId",
                ids.get("offers"), "dropOffPointId", ids.get("drop-off-points"), "optionIds", List.of(option)))));
        ids.put("absences", created(api.post("/api/v1/households/" + household + "/absences",
                Api.json("week", isoWeek(moveDay.plusWeeks(1))))));
        // not a record: the week whose distribution names the household, kept as its Monday's day number
        ids.put("distribution-week", moveDay.with(java.time.DayOfWeek.MONDAY).toEpochDay());
        ok(api.header("If-Match", api.get("/api/v1/basket-settings").etag()).put("/api/v1/basket-settings", Api.json("cutOffDay", "MONDAY", "cutOffTime", "12:00",
                "absenceHandling", "CREDIT", "absencesIncluded", 4, "absencesMax", 8)));
        Api.Reply tokens = api.get("/api/v1/api-tokens");
        ids.put("api-tokens", tokens.array().getJsonObject(0).getJsonNumber("id").longValue());
        Api.Reply account = api.post("/api/v1/accounts", Api.json("username", Staff.unique("mail-" + name.toLowerCase()),
                "displayName", "Courrier " + marker, "email", Staff.unique("mail") + "@example.org", "roles",
                List.of("ANIMATOR"), "password", Staff.PASSWORD));
        ok(account);
        Api.Reply outbox = api.get("/api/v1/outbox?size=1");
        ids.put("outbox", outbox.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        long round = created(api.post("/api/v1/rounds", Api.json("name", "Tournée " + marker, "deliveryDay", "TUESDAY",
                "capacity", 5)));
        ids.put("rounds", round);
        long neighbour = created(api.post("/api/v1/households", Api.json("name", "Voisins " + marker, "mainContactId",
                created(api.post("/api/v1/persons", Api.json("firstName", "Paul", "lastName", "Voisin " + marker))))));
        ok(api.post("/api/v1/subscriptions", Api.json("householdId", neighbour, "firstWeek", isoWeek(moveDay.plusWeeks(2)),
                "lastWeek", isoWeek(moveDay.plusWeeks(4)), "sizeOfferId", ids.get("offers"), "dropOffPointId", round)));
        ok(api.header("If-Match", "0").put("/api/v1/contents/" + isoWeek(moveDay), Api.json("lines",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("sizeOfferId", ids.get("offers"))
                        .add("product", "Panais " + marker)).build(), "news", "Nouvelles " + marker)));
        ids.put("periods", created(api.post("/api/v1/periods", Api.json("name", "Saison " + marker, "firstWeek",
                isoWeek(moveDay), "lastWeek", isoWeek(moveDay.plusWeeks(30))))));
        ids.put("funders", created(api.post("/api/v1/funders", Api.json("organisationId", ids.get("organisations"),
                "share", Json.createValue(new java.math.BigDecimal("5.00"))))));
        String subscription = "/api/v1/subscriptions/" + ids.get("subscriptions");
        Api.Reply pause = api.header("If-Match", api.get(subscription).etag()).post(subscription + "/pauses",
                Api.json("fromWeek", isoWeek(moveDay.plusWeeks(3)), "toWeek", isoWeek(moveDay.plusWeeks(4))));
        ok(pause);
        ids.put("pauses", pause.json().getJsonArray("pauses").getJsonObject(0).getJsonNumber("id").longValue());
        long bread = created(api.post("/api/v1/offers", Api.json("kind", "EXTRA", "name", "Pain " + marker,
                "weeklyStock", 30)));
        ids.put("extras", created(api.post(subscription + "/extras", Api.json("offerId", bread, "quantity", 2,
                "fromWeek", isoWeek(moveDay.plusWeeks(5)), "everyWeek", true))));
        ids.put("duties", created(api.post("/api/v1/duties", Api.json("dropOffPointId", ids.get("drop-off-points"),
                "week", isoWeek(moveDay.plusWeeks(2)), "personId", person))));
        // the first basket delivered and billed, on the application's clock moved past its day
        try (MovedClock clock = MovedClock.to(api, moveDay.plusDays(1))) {
            ok(api.post("/api/v1/billing/runs", "{}"));
        }
        ids.put("charges", api.get("/api/v1/charges?householdId=" + household).json().getJsonObject("entries")
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        return new Registry(association, api, marker, ids);
    }

    /** The caller's own account, from the accounts list: the one whose token the test holds. */
    private static Staff.Member currentMember(Api api) {
        JsonObject me = api.get("/api/v1/me").json();
        String username = me.getString("username");
        long id = api.get("/api/v1/accounts").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return new Staff.Member(id, username, null);
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static long created(Api.Reply reply) {
        ok(reply);
        return reply.id();
    }

    private static void ok(Api.Reply reply) {
        assertTrue(reply.status() == 201 || reply.status() == 200, reply.toString());
    }

    /**
     * Every operation of the OpenAPI document that names a record, sent by {@code viewer} with {@code owner}'s
     * ids; and the operations that take ids in their body, with the owner's ids there.
     */
    /** The operations of the OpenAPI document that name a record, with {@code owner}'s ids in their path. */
    private Map<String, Set<String>> operations(Registry viewer, Registry owner) {
        JsonObject paths = viewer.api().header("Accept", "application/json").get("/openapi?format=JSON").json()
                .getJsonObject("paths");
        Pattern param = Pattern.compile("([\\w-]+)/\\{[^}]+}");
        Set<String> unmapped = new TreeSet<>();
        Map<String, Set<String>> operations = new TreeMap<>();
        for (String path : new TreeMap<>(paths).keySet()) {
            // a week's distribution is no record: the lists' check reads the owner's week
            if (!path.contains("{") || path.startsWith("/api/v1/distributions/") || path.startsWith("/api/v1/contents/")) {
                continue;
            }
            StringBuilder concrete = new StringBuilder();
            Matcher m = param.matcher(path);
            while (m.find()) {
                Long id = owner.ids().get(m.group(1));
                if (id == null) {
                    unmapped.add(path);
                    id = 0L;
                }
                m.appendReplacement(concrete, m.group(1) + "/" + id);
            }
            m.appendTail(concrete);
            Set<String> methods = new TreeSet<>(paths.getJsonObject(path).keySet());
            methods.retainAll(Set.of("get", "put", "post", "delete"));
            operations.put(concrete.toString(), methods);
        }
        assertTrue(unmapped.isEmpty(), "Paths naming a record this test has no id for: " + unmapped);
        return operations;
    }

    /**
     * The versions the owner reads of its records, so that no refusal of a stale version hides what the lookup
     * would do; read before the other's attempts, since some reads are recorded (an access to personal data).
     */
    private Map<String, String> versions(Registry viewer, Registry owner) {
        Map<String, String> etags = new TreeMap<>();
        operations(viewer, owner).forEach((path, methods) -> {
            String etag = methods.contains("get") ? owner.api().get(path).etag() : null;
            if (etag != null) {
                etags.put(path, etag);
            }
        });
        return etags;
    }

    private void tryEverything(Registry viewer, Registry owner, String ownerName, Map<String, String> etags,
            List<String> leaks) {
        int tried = 0;
        for (Map.Entry<String, Set<String>> operation : operations(viewer, owner).entrySet()) {
            String concrete = operation.getKey();
            for (String method : operation.getValue()) {
                String body = method.equals("get") || method.equals("delete") ? null : "{}";
                String etag = etags.get(concrete);
                Api attacker = etag == null ? viewer.api() : viewer.api().header("If-Match", etag);
                Api.Reply reply = attacker.send(method.toUpperCase(), concrete.toString(), body,
                        body == null ? null : "application/json");
                tried++;
                check(method.toUpperCase() + " " + concrete, reply, owner, leaks);
            }
        }
        assertTrue(tried > 30, "only " + tried + " operations tried");

        long person = owner.ids().get("persons");
        long own = viewer.api().get("/api/v1/persons?q=" + viewer.marker()).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> withIds = new LinkedHashMap<>();
        withIds.put("/api/v1/interactions", Api.json("kind", "CALL", "occurredAt", Instant.now().toString(),
                "subject", "x", "personId", person));
        withIds.put("/api/v1/tasks", Api.json("title", "x", "dueOn", LocalDate.now().toString(), "personId", person));
        withIds.put("/api/v1/households", Api.json("name", "x", "mainContactId", own, "memberIds", List.of(person)));
        withIds.put("/api/v1/persons", Api.json("firstName", "x", "lastName", "y", "householdId",
                owner.ids().get("households")));
        withIds.put("/api/v1/consents", Api.json("lines", List.of(Api.object("personId", own, "purpose", "NEWSLETTER",
                "granted", true, "source", "PAPER"), Api.object("personId", person, "purpose", "NEWSLETTER",
                "granted", true, "source", "PAPER"))));
        withIds.put("/api/v1/merges", Api.json("survivorId", own, "mergedId", person));
        withIds.put("/api/v1/duplicates/dismissals", Api.json("personIds", List.of(own, person)));
        withIds.put("/api/v1/organisations/" + viewer.ids().get("organisations") + "/contacts",
                Api.json("personId", person));
        withIds.put("/api/v1/api-tokens", Api.json("username", ownerName, "name", "stolen"));
        withIds.put("/api/v1/drop-off-points", Api.json("name", "x", "deliveryDay", "MONDAY", "capacity", 1,
                "contactPersonId", person, "partnerOrganisationId", owner.ids().get("organisations")));
        withIds.put("/api/v1/subscriptions", Api.json("householdId", owner.ids().get("households"), "firstWeek",
                isoWeek(LocalDate.now().plusWeeks(30)), "lastWeek", isoWeek(LocalDate.now().plusWeeks(40)),
                "sizeOfferId", viewer.ids().get("offers"), "dropOffPointId", viewer.ids().get("drop-off-points"),
                "waitingList", true));
        withIds.forEach((path, body) -> {
            Api.Reply reply = viewer.api().post(path, body);
            if (reply.status() < 400 || reply.status() >= 500) {
                leaks.add("POST " + path + " with the other association's ids: " + reply.status() + " " + reply.body());
            }
            check("POST " + path, reply, owner, leaks);
        });
        // and the viewer's own household subscribed to the owner's offer at the owner's point
        Api.Reply subscribed = viewer.api().post("/api/v1/subscriptions", Api.json("householdId",
                viewer.ids().get("households"), "firstWeek", isoWeek(LocalDate.now().plusWeeks(30)), "lastWeek",
                isoWeek(LocalDate.now().plusWeeks(40)), "sizeOfferId", owner.ids().get("offers"), "dropOffPointId",
                owner.ids().get("drop-off-points"), "waitingList", true));
        if (subscribed.status() != 400) {
            leaks.add("POST /api/v1/subscriptions with the other's offer and point: " + subscribed);
        }
        // and the owner's basket of the week it delivers, marked by the viewer
        Api.Reply marked = viewer.api().put("/api/v1/distributions/"
                + isoWeek(LocalDate.ofEpochDay(owner.ids().get("distribution-week"))) + "/baskets/"
                + owner.ids().get("subscriptions"), Api.json("outcome", "COLLECTED"));
        if (marked.status() != 404) {
            leaks.add("PUT a basket of the other's distribution: " + marked);
        }
    }

    private static void check(String what, Api.Reply reply, Registry owner, List<String> leaks) {
        int status = reply.status();
        if (status < 400 || status >= 500 || status == 401) {
            leaks.add(what + ": " + status + " " + reply.body());
        } else if (reply.body().contains(owner.marker())) {
            leaks.add(what + " shows " + owner.marker() + ": " + reply.body());
        }
    }

    /**
     * Each owned table's rows of the association, as text, to tell whether anything changed (the outbox aside:
     * its worker sends the association's own mail meanwhile).
     */
    private static Map<String, String> snapshot(long association) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = TestServices.jdbc(); Statement s = c.createStatement()) {
            for (String table : OWNED) {
                try (ResultSet rs = s.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t where association_id = " + association)) {
                    rs.next();
                    rows.put(table, rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static void set(Connection c, long association) throws SQLException {
        c.createStatement().execute("select set_config('sillon.association', '" + association + "', true)");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertAccepted(Connection c, String sql) throws SQLException {
        var savepoint = c.setSavepoint();
        assertEquals(1, c.createStatement().executeUpdate(sql), sql);
        c.rollback(savepoint);
    }

    private static void assertRefused(Connection c, String sql) throws SQLException {
        var savepoint = c.setSavepoint();
        try {
            c.createStatement().executeUpdate(sql);
            throw new AssertionError("The database accepted: " + sql);
        } catch (SQLException expected) {
            c.rollback(savepoint);
        }
    }
}
