package org.sillon.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.Staff;

/**
 * Who may do what: every REST endpoint and every page, for every role and for an anonymous caller. Each
 * role gets its answer where allowed and 403 elsewhere; anonymous gets 401 (API) or the login page. The
 * matrix must name every endpoint the OpenAPI document lists and every page in the war: a new endpoint or
 * page without its line here fails this test.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    enum R { ADMIN, ANIMATOR, TREASURER, GARDEN, ADHERENT }

    private static final Set<R> ALL = Set.of(R.values());
    private static final Set<R> STAFF = Set.of(R.ADMIN, R.ANIMATOR, R.TREASURER, R.GARDEN);
    private static final Set<R> EDITORS = Set.of(R.ADMIN, R.ANIMATOR);
    private static final Set<R> ADMIN = Set.of(R.ADMIN);
    /** Solidarity data: the animator follows the referral, the treasurer applies the price. */
    private static final Set<R> SOLIDARITY_READERS = Set.of(R.ADMIN, R.ANIMATOR, R.TREASURER);
    /** Delivery instructions: the garden team delivers, so it keeps them too. */
    private static final Set<R> DELIVERY_EDITORS = Set.of(R.ADMIN, R.ANIMATOR, R.GARDEN);
    /** Duplicates are the office's business, not the garden team's. */
    private static final Set<R> DUPLICATE_READERS = Set.of(R.ADMIN, R.ANIMATOR, R.TREASURER);
    /** Offers and prices: set by administrators and the treasurer, who bills them. */
    private static final Set<R> OFFER_EDITORS = Set.of(R.ADMIN, R.TREASURER);
    /** Subscriptions and absences: the office takes them. */
    private static final Set<R> SUBSCRIPTION_EDITORS = Set.of(R.ADMIN, R.ANIMATOR, R.TREASURER);
    /** The ledger of charges and billing: the treasurer's and administrators'. */
    private static final Set<R> ACCOUNT_KEEPERS = Set.of(R.ADMIN, R.TREASURER);
    /** An adherent reaches a household's absences too, finding only their own (404 for another's). */
    private static final Set<R> ABSENCE_EDITORS = Set.of(R.ADMIN, R.ANIMATOR, R.TREASURER, R.ADHERENT);
    /** A prepaid balance: the treasurer's, and an adherent's own (404 for another's). */
    private static final Set<R> BALANCE_READERS = Set.of(R.ADMIN, R.TREASURER, R.ADHERENT);

    record Endpoint(String method, String path, String body, Set<R> allowed) {
        String key() {
            return method + " " + path.replaceAll("/0(?=/|$)", "/{id}");
        }
    }

    record PageRule(String path, Set<R> allowed) {
    }

    static final List<Endpoint> API = List.of(
            new Endpoint("GET", "/api/v1/persons", null, STAFF),
            new Endpoint("POST", "/api/v1/persons", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/persons/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/persons/0", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/persons/0", null, EDITORS),
            new Endpoint("GET", "/api/v1/persons/0/notes", null, STAFF),
            new Endpoint("POST", "/api/v1/persons/0/notes", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/persons/0/notes/0", null, STAFF),
            new Endpoint("DELETE", "/api/v1/persons/0/notes/0", null, EDITORS),
            new Endpoint("GET", "/api/v1/persons/0/consents", null, STAFF),
            new Endpoint("POST", "/api/v1/persons/0/consents", "{}", EDITORS),
            new Endpoint("POST", "/api/v1/consents", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/tags", null, STAFF),
            new Endpoint("GET", "/api/v1/households", null, STAFF),
            new Endpoint("POST", "/api/v1/households", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/households/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/households/0", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/households/0", null, EDITORS),
            new Endpoint("POST", "/api/v1/households/0/status", "{}", EDITORS),
            new Endpoint("PUT", "/api/v1/households/0/delivery-instructions", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/households/0/status-history", null, STAFF),
            new Endpoint("GET", "/api/v1/households/0/solidarity", null, SOLIDARITY_READERS),
            new Endpoint("PUT", "/api/v1/households/0/solidarity", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/organisations", null, STAFF),
            new Endpoint("POST", "/api/v1/organisations", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/organisations/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/organisations/0", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/organisations/0", null, EDITORS),
            new Endpoint("GET", "/api/v1/offers", null, STAFF),
            new Endpoint("POST", "/api/v1/offers", "{}", OFFER_EDITORS),
            new Endpoint("GET", "/api/v1/offers/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/offers/0", "{}", OFFER_EDITORS),
            new Endpoint("POST", "/api/v1/offers/0/prices", "{}", OFFER_EDITORS),
            new Endpoint("GET", "/api/v1/drop-off-points", null, STAFF),
            new Endpoint("POST", "/api/v1/drop-off-points", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/drop-off-points/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/drop-off-points/0", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/drop-off-points/0/deliveries", null, STAFF),
            new Endpoint("GET", "/api/v1/drop-off-points/0/moves", null, STAFF),
            new Endpoint("POST", "/api/v1/drop-off-points/0/moves", "{}", DELIVERY_EDITORS),
            new Endpoint("DELETE", "/api/v1/drop-off-points/0/moves/0", null, DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/rounds", null, STAFF),
            new Endpoint("POST", "/api/v1/rounds", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/rounds/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/rounds/0", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/rounds/0/stops", null, STAFF),
            new Endpoint("PUT", "/api/v1/rounds/0/stops", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/contents/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/contents/0", "{}", DELIVERY_EDITORS),
            new Endpoint("POST", "/api/v1/contents/0/letter", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/duties", null, STAFF),
            new Endpoint("POST", "/api/v1/duties", "{}", ALL),
            new Endpoint("DELETE", "/api/v1/duties/0", null, ALL),
            new Endpoint("POST", "/api/v1/duties/reminders", "{}", DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/funders", null, SOLIDARITY_READERS),
            new Endpoint("POST", "/api/v1/funders", "{}", ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/funders/0", null, SOLIDARITY_READERS),
            new Endpoint("PUT", "/api/v1/funders/0", "{}", ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/periods", null, STAFF),
            new Endpoint("POST", "/api/v1/periods", "{}", OFFER_EDITORS),
            new Endpoint("GET", "/api/v1/periods/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/periods/0", "{}", OFFER_EDITORS),
            new Endpoint("GET", "/api/v1/closures", null, STAFF),
            new Endpoint("POST", "/api/v1/closures", "{}", DELIVERY_EDITORS),
            new Endpoint("POST", "/api/v1/closures/0/announcement", "{}", DELIVERY_EDITORS),
            new Endpoint("DELETE", "/api/v1/closures/0", null, DELIVERY_EDITORS),
            new Endpoint("GET", "/api/v1/basket-settings", null, STAFF),
            new Endpoint("PUT", "/api/v1/basket-settings", "{}", ADMIN),
            new Endpoint("GET", "/api/v1/subscriptions", null, STAFF),
            new Endpoint("POST", "/api/v1/subscriptions", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("GET", "/api/v1/subscriptions/waiting", null, STAFF),
            new Endpoint("POST", "/api/v1/subscriptions/renewal-reminders", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("GET", "/api/v1/subscriptions/0", null, STAFF),
            new Endpoint("POST", "/api/v1/subscriptions/0/changes", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("POST", "/api/v1/subscriptions/0/end", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("POST", "/api/v1/subscriptions/0/admit", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("POST", "/api/v1/subscriptions/0/pauses", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("GET", "/api/v1/subscriptions/0/extras", null, STAFF),
            new Endpoint("POST", "/api/v1/subscriptions/0/extras", "{}", SUBSCRIPTION_EDITORS),
            new Endpoint("DELETE", "/api/v1/subscriptions/0/extras/0", null, SUBSCRIPTION_EDITORS),
            new Endpoint("DELETE", "/api/v1/subscriptions/0/pauses/0", null, SUBSCRIPTION_EDITORS),
            new Endpoint("GET", "/api/v1/households/0/absences", null, ALL),
            new Endpoint("POST", "/api/v1/households/0/absences", "{}", ABSENCE_EDITORS),
            new Endpoint("DELETE", "/api/v1/households/0/absences/0", null, ABSENCE_EDITORS),
            new Endpoint("GET", "/api/v1/distributions/0", null, STAFF),
            new Endpoint("GET", "/api/v1/distributions/forecast", null, STAFF),
            new Endpoint("GET", "/api/v1/distributions/not-collected", null, STAFF),
            new Endpoint("PUT", "/api/v1/distributions/0/baskets/0", "{}", DELIVERY_EDITORS),
            new Endpoint("POST", "/api/v1/billing/runs", "{}", ACCOUNT_KEEPERS),
            new Endpoint("POST", "/api/v1/billing/prepaid-reminders", "{}", ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/households/0/prepaid", null, BALANCE_READERS),
            new Endpoint("POST", "/api/v1/households/0/prepaid/top-ups", "{}", ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/charges", null, ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/charges/0", null, ACCOUNT_KEEPERS),
            new Endpoint("POST", "/api/v1/charges/0/adjustments", "{}", ACCOUNT_KEEPERS),
            new Endpoint("GET", "/api/v1/interactions", null, STAFF),
            new Endpoint("POST", "/api/v1/interactions", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/interactions/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/interactions/0", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/interactions/0", null, EDITORS),
            new Endpoint("GET", "/api/v1/tasks", null, STAFF),
            new Endpoint("POST", "/api/v1/tasks", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/tasks/0", null, STAFF),
            new Endpoint("PUT", "/api/v1/tasks/0", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/tasks/0", null, EDITORS),
            new Endpoint("POST", "/api/v1/tasks/0/done", "{}", STAFF),
            new Endpoint("POST", "/api/v1/tasks/0/reopen", "{}", STAFF),
            new Endpoint("GET", "/api/v1/organisations/0/contacts", null, STAFF),
            new Endpoint("POST", "/api/v1/organisations/0/contacts", "{}", EDITORS),
            new Endpoint("DELETE", "/api/v1/organisations/0/contacts/0", null, EDITORS),
            new Endpoint("GET", "/api/v1/duplicates", null, DUPLICATE_READERS),
            new Endpoint("POST", "/api/v1/duplicates/dismissals", "{}", EDITORS),
            new Endpoint("POST", "/api/v1/merges", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/merges", null, DUPLICATE_READERS),
            new Endpoint("GET", "/api/v1/saved-filters", null, STAFF),
            new Endpoint("POST", "/api/v1/saved-filters", "{}", STAFF),
            new Endpoint("DELETE", "/api/v1/saved-filters/0", null, STAFF),
            new Endpoint("GET", "/api/v1/exports/persons", null, STAFF),
            new Endpoint("GET", "/api/v1/exports/households", null, STAFF),
            new Endpoint("GET", "/api/v1/exports/organisations", null, STAFF),
            new Endpoint("GET", "/api/v1/imports", null, EDITORS),
            new Endpoint("POST", "/api/v1/imports", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/imports/0", null, EDITORS),
            new Endpoint("PUT", "/api/v1/imports/0/mapping", "{}", EDITORS),
            new Endpoint("POST", "/api/v1/imports/0/run", "{}", EDITORS),
            new Endpoint("GET", "/api/v1/imports/0/lines", null, EDITORS),
            new Endpoint("GET", "/api/v1/accounts", null, ADMIN),
            new Endpoint("POST", "/api/v1/accounts", "{}", ADMIN),
            new Endpoint("GET", "/api/v1/accounts/0", null, ADMIN),
            new Endpoint("PUT", "/api/v1/accounts/0", "{}", ADMIN),
            new Endpoint("PUT", "/api/v1/accounts/0/password", "{}", ADMIN),
            new Endpoint("PUT", "/api/v1/accounts/0/person", "{}", ADMIN),
            new Endpoint("DELETE", "/api/v1/accounts/0/person", null, ADMIN),
            new Endpoint("GET", "/api/v1/api-tokens", null, ADMIN),
            new Endpoint("POST", "/api/v1/api-tokens", "{}", ADMIN),
            new Endpoint("DELETE", "/api/v1/api-tokens/0", null, ADMIN),
            new Endpoint("GET", "/api/v1/outbox", null, ADMIN),
            new Endpoint("GET", "/api/v1/outbox/0", null, ADMIN),
            new Endpoint("GET", "/api/v1/audit", null, ADMIN),
            new Endpoint("GET", "/api/v1/personal-data/0", null, ADMIN),
            new Endpoint("GET", "/api/v1/personal-data/0/html", null, ADMIN),
            new Endpoint("POST", "/api/v1/personal-data/0/erasure", "{}", ADMIN),
            new Endpoint("GET", "/api/v1/personal-data/retention", null, ADMIN),
            new Endpoint("GET", "/api/v1/personal-data-requests", null, ADMIN),
            new Endpoint("GET", "/api/v1/me", null, ALL),
            new Endpoint("GET", "/api/v1/version", null, ALL),
            new Endpoint("PUT", "/api/v1/me/password", "{}", ALL),
            new Endpoint("GET", "/api/v1/association", null, ALL),
            new Endpoint("GET", "/api/v1/associations", null, ADMIN),
            new Endpoint("POST", "/api/v1/associations", "{}", ADMIN));

    static final List<PageRule> PAGES = List.of(
            new PageRule("/index.xhtml", ALL),
            new PageRule("/account/profile.xhtml", ALL),
            new PageRule("/people/persons.xhtml", STAFF),
            new PageRule("/people/person.xhtml", STAFF),
            new PageRule("/people/households.xhtml", STAFF),
            new PageRule("/people/household.xhtml?id=0", STAFF),
            new PageRule("/people/import.xhtml", EDITORS),
            new PageRule("/people/organisations.xhtml", STAFF),
            new PageRule("/people/organisation.xhtml", STAFF),
            new PageRule("/people/tasks.xhtml", STAFF),
            new PageRule("/people/duplicates.xhtml", DUPLICATE_READERS),
            new PageRule("/baskets/distribution.xhtml", STAFF),
            new PageRule("/baskets/billing.xhtml", ACCOUNT_KEEPERS),
            new PageRule("/baskets/contents.xhtml", STAFF),
            new PageRule("/baskets/points.xhtml", STAFF),
            new PageRule("/baskets/funders.xhtml", SOLIDARITY_READERS),
            new PageRule("/baskets/rules.xhtml", STAFF),
            new PageRule("/baskets/offers.xhtml", STAFF),
            new PageRule("/admin/accounts.xhtml", ADMIN),
            new PageRule("/admin/tokens.xhtml", ADMIN),
            new PageRule("/admin/outbox.xhtml", ADMIN),
            new PageRule("/admin/audit.xhtml", ADMIN),
            new PageRule("/admin/personal-data.xhtml", ADMIN));

    /** Pages anyone may see. */
    static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/error/forbidden.xhtml", "/error/not-found.xhtml",
            "/error/error.xhtml");

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
    }

    @Test
    void everyEndpointAnswersEachRoleAsDeclared() {
        Map<R, String> tokens = new EnumMap<>(R.class);
        for (R role : R.values()) {
            tokens.put(role, Staff.create(api, role.name()).token());
        }
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : API) {
            Api.Reply anonymous = api.anonymous().send(e.method(), e.path(), e.body(), e.body() == null ? null : "application/json");
            if (anonymous.status() != 401) {
                wrong.add(e.key() + " anonymous: " + anonymous.status());
            }
            for (R role : R.values()) {
                int status = api.as(tokens.get(role)).send(e.method(), e.path(), e.body(),
                        e.body() == null ? null : "application/json").status();
                boolean allowed = e.allowed().contains(role);
                if (allowed && (status == 401 || status == 403 || status >= 500) || !allowed && status != 403) {
                    wrong.add(e.key() + " as " + role + ": " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyPageAnswersEachRoleAsDeclared() {
        URI uri = URI.create(base.toString());
        Map<R, String> sessions = new EnumMap<>(R.class);
        for (R role : R.values()) {
            Staff.Member member = Staff.create(api, role.name());
            sessions.put(role, FormLogin.session(uri, member.username(), Staff.PASSWORD));
        }
        List<String> wrong = new ArrayList<>();
        for (PageRule page : PAGES) {
            Api.Reply anonymous = api.anonymous().get(page.path());
            if (anonymous.status() != 302 || !anonymous.header("Location").contains("/login.xhtml")) {
                wrong.add(page.path() + " anonymous: " + anonymous.status() + " " + anonymous.header("Location"));
            }
            for (R role : R.values()) {
                int status = api.anonymous().withCookie(sessions.get(role)).get(page.path()).status();
                boolean allowed = page.allowed().contains(role);
                if (allowed && (status == 403 || status == 302 || status >= 500) || !allowed && status != 403) {
                    wrong.add(page.path() + " as " + role + ": " + status);
                }
            }
        }
        for (String open : PUBLIC_PAGES) {
            int status = api.anonymous().get(open).status();
            if (status != 200) {
                wrong.add(open + " anonymous: " + status);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheOpenApiDocument() {
        Api.Reply doc = api.header("Accept", "application/json").get("/openapi?format=JSON");
        assertEquals(200, doc.status(), doc.body());
        JsonObject paths = doc.json().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{id}"))));
        Set<String> covered = API.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        documented.removeAll(covered);
        assertTrue(documented.isEmpty(), "Endpoints missing from the role matrix: " + documented);
    }

    @Test
    void theMatrixNamesEveryPageOfTheApplication() throws IOException {
        Path webapp = Path.of(System.getProperty("sillon.basedir", "."), "src/main/webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        pages.removeAll(PUBLIC_PAGES);
        pages.removeAll(PAGES.stream().map(p -> p.path().replaceAll("\\?.*", "")).collect(Collectors.toSet()));
        assertTrue(pages.isEmpty(), "Pages missing from the role matrix: " + pages);
    }
}
