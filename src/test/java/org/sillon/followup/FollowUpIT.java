package org.sillon.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Problems;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/** Interactions and follow-up tasks through the API: rights, filters, lateness, optimistic locking. */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long person(String first) {
        Api.Reply r = api.admin().post("/api/v1/persons", Api.json("firstName", first, "lastName", "Suivi-" + tag));
        assertEquals(201, r.status(), r.body());
        return r.id();
    }

    private static String call(Object... more) {
        Object[] base = {"kind", "CALL", "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "subject"};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Api.json(all);
    }

    private Set<String> subjects(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("subject")).collect(Collectors.toSet());
    }

    private Set<String> titles(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("title")).collect(Collectors.toSet());
    }

    @Test
    void onlyTheAuthorOrAnAdministratorChangesAnInteraction() {
        Staff.Member author = Staff.create(api, "ANIMATOR");
        Staff.Member other = Staff.create(api, "ANIMATOR");
        long anne = person("Anne");
        Api.Reply logged = api.as(author.token()).post("/api/v1/interactions", call("Appel " + tag, "personId", anne,
                "notes", "Veut un panier solidaire"));
        assertEquals(201, logged.status(), logged.body());
        JsonObject view = logged.json();
        assertEquals(author.username(), view.getString("author"));
        assertEquals("Anne Suivi-" + tag, view.getString("personName"));
        String location = logged.header("Location");

        String edit = call("Appel modifié " + tag, "personId", anne);
        assertEquals(403, api.as(other.token()).header("If-Match", logged.etag()).put(location, edit).status());
        assertEquals(403, api.as(other.token()).delete(location).status());
        Api.Reply byAuthor = api.as(author.token()).header("If-Match", logged.etag()).put(location, edit);
        assertEquals(200, byAuthor.status(), byAuthor.body());
        assertEquals(412, api.as(author.token()).header("If-Match", logged.etag()).put(location, edit).status());
        assertEquals(428, api.as(author.token()).put(location, edit).status());
        Api.Reply byAdmin = api.admin().header("If-Match", byAuthor.etag()).put(location, call("Par l'admin " + tag, "personId", anne));
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(author.username(), byAdmin.json().getString("author"));

        assertEquals(204, api.as(author.token()).delete(location).status());
        assertEquals(404, api.admin().get(location).status());
        Api.Reply another = api.as(author.token()).post("/api/v1/interactions", call("Autre " + tag, "personId", anne));
        assertEquals(204, api.admin().delete(another.header("Location")).status());
    }

    @Test
    void badInteractionsAreRefusedByFieldAndChangeNothing() throws Exception {
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        Api as = api.as(animator.token());
        long anne = person("Anne");
        Problems.assertField(as.post("/api/v1/interactions", Api.json("kind", "CALL", "occurredAt",
                Instant.now().plus(1, ChronoUnit.HOURS).toString(), "subject", "Futur " + tag, "personId", anne)), "occurredAt");
        Problems.assertField(as.post("/api/v1/interactions", call("Personne " + tag)), "personId");
        Problems.assertField(as.post("/api/v1/interactions", call("Inconnu " + tag, "personId", 999_999_999L)), "personId");
        Problems.assertField(as.post("/api/v1/interactions", call("x".repeat(201), "personId", anne)), "subject");
        Problems.assertField(as.post("/api/v1/interactions", Api.json("kind", "FAX", "occurredAt", Instant.now().toString(),
                "subject", "Fax " + tag, "personId", anne)), "kind");
        assertEquals(0, TestServices.count("select count(*) from interaction where person_id = " + anne));

        Api.Reply logged = as.post("/api/v1/interactions", call("Bon " + tag, "personId", anne));
        Problems.assertField(as.header("If-Match", logged.etag()).put(logged.header("Location"),
                call(" ", "personId", anne)), "subject");
        assertEquals("Bon " + tag, api.admin().get(logged.header("Location")).json().getString("subject"));
    }

    @Test
    void aHouseholdsInteractionsAreThoseWithItsMembers() {
        long anne = person("Anne");
        long paul = person("Paul");
        long outsider = person("Zoé");
        assertEquals(201, api.admin().post("/api/v1/households", Api.json("mainContactId", anne,
                "memberIds", List.of(paul))).status());
        long household = api.admin().get("/api/v1/persons/" + anne).json().getJsonNumber("householdId").longValue();
        api.admin().post("/api/v1/interactions", call("Avec Anne " + tag, "personId", anne));
        api.admin().post("/api/v1/interactions", Api.json("kind", "MEETING", "occurredAt", "2026-01-05T09:00:00Z",
                "subject", "Avec Paul " + tag, "personId", paul));
        api.admin().post("/api/v1/interactions", call("Avec Zoé " + tag, "personId", outsider));

        Api.Reply list = api.admin().get("/api/v1/interactions?householdId=" + household);
        assertEquals(Set.of("Avec Anne " + tag, "Avec Paul " + tag), subjects(list));
        // newest first
        assertEquals("Avec Anne " + tag, list.json().getJsonArray("items").getJsonObject(0).getString("subject"));
        assertEquals(Set.of("Avec Paul " + tag), subjects(api.admin().get("/api/v1/interactions?householdId=" + household + "&kind=meeting")));
        assertEquals(Set.of("Avec Zoé " + tag), subjects(api.admin().get("/api/v1/interactions?personId=" + outsider)));
    }

    @Test
    void aTasksOwnerMustBeAStaffAccount() throws Exception {
        Staff.Member adherent = Staff.create(api, "ADHERENT");
        LocalDate due = LocalDate.now(PARIS).plusDays(3);
        Problems.assertField(api.admin().post("/api/v1/tasks", Api.json("title", "Inconnu " + tag, "dueOn", due.toString(),
                "owner", "nobody-" + tag)), "owner");
        Problems.assertField(api.admin().post("/api/v1/tasks", Api.json("title", "Adhérent " + tag, "dueOn", due.toString(),
                "owner", adherent.username())), "owner");
        Problems.assertField(api.admin().post("/api/v1/tasks", Api.json("title", "Sans date " + tag, "owner", "admin")), "dueOn");
        Problems.assertField(api.admin().post("/api/v1/tasks", Api.json("title", "Deux sujets " + tag, "dueOn", due.toString(),
                "owner", "admin", "personId", person("Anne"), "householdId", 1)), "personId");
        assertEquals(0, TestServices.count("select count(*) from follow_up_task where title like '%" + tag + "'"));
    }

    @Test
    void eachOneSeesTheirOpenAndLateTasks() {
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        Api as = api.as(animator.token());
        LocalDate today = LocalDate.now(PARIS);
        long anne = person("Anne");
        Api.Reply late = as.post("/api/v1/tasks", Api.json("title", "En retard " + tag, "dueOn", today.minusDays(1).toString(),
                "owner", animator.username(), "personId", anne));
        assertEquals(201, late.status(), late.body());
        assertTrue(late.json().getBoolean("late"));
        assertEquals(animator.username(), late.json().getString("createdBy"));
        assertEquals(201, as.post("/api/v1/tasks", Api.json("title", "Aujourd'hui " + tag, "dueOn", today.toString(),
                "owner", animator.username())).status());
        assertEquals(201, as.post("/api/v1/tasks", Api.json("title", "Pour l'admin " + tag, "dueOn", today.minusDays(2).toString(),
                "owner", "admin")).status());

        assertEquals(Set.of("En retard " + tag, "Aujourd'hui " + tag), titles(as.get("/api/v1/tasks?owner=me&state=open")));
        assertEquals(Set.of("En retard " + tag), titles(as.get("/api/v1/tasks?owner=me&state=late")));
        assertEquals(Set.of("En retard " + tag), titles(as.get("/api/v1/tasks?personId=" + anne)));
        Problems.assertField(as.get("/api/v1/tasks?state=soon"), "state");

        assertEquals(200, as.post(late.header("Location") + "/done", "{}").status());
        assertFalse(titles(as.get("/api/v1/tasks?owner=me&state=late")).contains("En retard " + tag));
        assertEquals(Set.of("En retard " + tag), titles(as.get("/api/v1/tasks?owner=me&state=done")));
    }

    @Test
    void theOwnerClosesAndReopensTheirTaskAndOthersCannot() {
        Staff.Member gardener = Staff.create(api, "GARDEN");
        Staff.Member treasurer = Staff.create(api, "TREASURER");
        Api.Reply task = api.admin().post("/api/v1/tasks", Api.json("title", "Livrer " + tag,
                "dueOn", LocalDate.now(PARIS).toString(), "owner", gardener.username()));
        String location = task.header("Location");

        assertEquals(403, api.as(gardener.token()).header("If-Match", task.etag()).put(location,
                Api.json("title", "Changé", "dueOn", "2030-01-01", "owner", gardener.username())).status());
        assertEquals(403, api.as(treasurer.token()).post(location + "/done", "{}").status());
        Api.Reply done = api.as(gardener.token()).post(location + "/done", "{}");
        assertEquals(200, done.status(), done.body());
        assertTrue(done.json().getBoolean("done"));
        assertEquals(gardener.username(), done.json().getString("doneBy"));
        Problems.assertField(api.as(gardener.token()).post(location + "/done", "{}"), "state");
        assertEquals(403, api.as(treasurer.token()).post(location + "/reopen", "{}").status());
        Api.Reply reopened = api.as(gardener.token()).post(location + "/reopen", "{}");
        assertEquals(200, reopened.status(), reopened.body());
        assertFalse(reopened.json().getBoolean("done"));

        // the version moved with each closing: an edit from the first read is stale
        String edit = Api.json("title", "Livrer demain " + tag, "dueOn", LocalDate.now(PARIS).plusDays(1).toString(),
                "owner", gardener.username());
        assertEquals(412, api.admin().header("If-Match", task.etag()).put(location, edit).status());
        Api.Reply edited = api.admin().header("If-Match", reopened.etag()).put(location, edit);
        assertEquals(200, edited.status(), edited.body());
        Problems.assertField(api.admin().header("If-Match", edited.etag()).put(location,
                Api.json("title", "Livrer demain " + tag, "dueOn", "2030-01-01", "owner", "nobody-" + tag)), "owner");
        assertEquals(gardener.username(), api.admin().get(location).json().getString("owner"));
        assertEquals(204, api.admin().delete(location).status());
        assertEquals(404, api.admin().get(location).status());
    }
}
