package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The animator on a household's page, Tuesday 1 December 2026: subscribes it to a basket (a week past the cut-off
 * is said beside its field first), then declares it away and pauses it; it adds eggs to every week's basket, is told
 * beside the quantity that a second order passes the week's stock, and stops the eggs; the panel shows the
 * subscription, the week away and the extras; in English and on a phone too. The treasurer records a prepaid
 * top-up there, wrong input and the same cheque twice said beside their fields.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdBasketsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theAnimatorSubscribesAHouseholdFromItsPageAndDeclaresItAway() {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag)).id();
        long eggs = admin.post("/api/v1/offers", Api.json("kind", "EXTRA", "name", "Œufs " + tag, "weeklyStock", 3))
                .id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Moulin " + tag, "deliveryDay",
                "THURSDAY", "capacity", 5)).id();
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Quéré " + tag)).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Quéré " + tag, "mainContactId",
                person)).id();
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(animator.username(), Staff.PASSWORD);
            browser.go("/people/household.xhtml?id=" + household);
            browser.waitForText("#baskets", "Ce foyer n'a pas d'abonnement aux paniers.");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('basketsSize').selectValue(arguments[0]);"
                    + "PF('basketsPoint').selectValue(arguments[1])", Long.toString(size), Long.toString(point));
            browser.type("#basketsNew\\:firstWeek", "2026-W49");
            browser.type("#basketsNew\\:lastWeek", "2027-W10");
            browser.click("#basketsNew\\:subscribe");
            browser.waitForText("#basketsNew", "2026-W49");
            assertEquals(0, admin.get("/api/v1/subscriptions?householdId=" + household).json().getInt("total"));
            browser.type("#basketsNew\\:firstWeek", "2026-W50");
            browser.click("#basketsNew\\:subscribe");
            browser.waitForText("#messages", "Abonnement enregistré");
            browser.waitForText("#baskets", "2026-W50 → 2027-W10");
            assertTrue(browser.text("#baskets").contains("À venir"), browser.text("#baskets"));

            browser.type("#basketsAway\\:week", "2027-W02");
            browser.click("#basketsAway\\:declare");
            browser.waitForText("#away", "2027-W02 (créditée)");
            assertEquals(1, admin.get("/api/v1/households/" + household + "/absences").array().size());

            // a pause over the week away is refused and says why; one beside it is taken
            browser.type("#basketsPause\\:fromWeek", "2027-W02");
            browser.type("#basketsPause\\:toWeek", "2027-W03");
            browser.click("#basketsPause\\:pause");
            browser.waitForText("#basketsPause", "déjà absent en 2027-W02");
            browser.type("#basketsPause\\:fromWeek", "2027-W04");
            browser.type("#basketsPause\\:toWeek", "2027-W05");
            browser.click("#basketsPause\\:pause");
            browser.waitForText("#messages", "Paniers en pause de 2027-W04 à 2027-W05");
            browser.waitForText("#baskets", "2027-W04 → 2027-W05");

            // eggs every week; a second order the week's stock cannot take is said beside the quantity
            browser.waitForText("#basketsExtras", "Produits hors panier : aucun");
            orderEggs(browser, eggs, "2", "2026-W50");
            browser.click("#basketsExtras\\:everyWeek .ui-chkbox-box");
            browser.click("#basketsExtras\\:order");
            browser.waitForText("#messages", "Produit hors panier ajouté au panier.");
            browser.waitForText("#basketsExtras", "Œufs " + tag + " ×2 · 2026-W50 → 2027-W10");
            String extras = "/api/v1/subscriptions/" + admin.get("/api/v1/subscriptions?householdId=" + household)
                    .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue() + "/extras";
            assertEquals(1, admin.get(extras).array().size());
            orderEggs(browser, eggs, "2", "2026-W51");
            browser.click("#basketsExtras\\:order");
            browser.waitForText("#basketsExtras", "il n'en reste que 1 la semaine 2026-W51");
            assertEquals("2026-W51", browser.value("#basketsExtras\\:fromWeek"), "kept as typed");
            assertEquals(1, admin.get(extras).array().size());
            browser.click("#basketsExtras\\:orders\\:0\\:stop");
            browser.waitForText("#messages", "Produit hors panier arrêté à partir de la semaine 2026-W50.");
            browser.waitForText("#basketsExtras", "Produits hors panier : aucun");
            assertEquals(0, admin.get(extras).array().size(), "not begun: taken back");

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#baskets", "Weeks away ahead");
            assertTrue(browser.text("#basketsExtras").contains("Extras"), browser.text("#basketsExtras"));
            assertTrue(browser.text("#baskets").contains("Pending"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/people/household.xhtml?id=" + household);
            browser.waitForText("#baskets", "2026-W50");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
    }

    @Test
    void theTreasurerRecordsAPrepaidTopUpOnTheHouseholdsPage() {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        Api.Reply size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier prépayé " + tag,
                "billing", "PREPAID"));
        assertEquals(200, admin.header("If-Match", size.etag()).post(size.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", jakarta.json.Json.createValue(new java.math.BigDecimal(
                        "10.00")))).status());
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Lavoir " + tag, "deliveryDay",
                "THURSDAY", "capacity", 5)).id();
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Paule", "lastName", "Avance " + tag)).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Avance " + tag, "mainContactId",
                person)).id();
        Staff.Member treasurer = Staff.create(Api.at(base), "TREASURER");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                    "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size.id(), "dropOffPointId", point)).status());
            String balance = "/api/v1/households/" + household + "/prepaid";
            browser.go("/index.xhtml");
            browser.login(treasurer.username(), Staff.PASSWORD);
            browser.go("/people/household.xhtml?id=" + household);
            browser.waitForText("#prepaid", "Solde bas");
            assertTrue(browser.text("#prepaid").contains("aucun panier"), browser.text("#prepaid"));

            // nothing typed: both faults said beside their fields, nothing recorded
            browser.click("#basketsTopUp\\:topUp");
            browser.waitForText("#basketsTopUp", "supérieur à zéro");
            assertTrue(browser.text("#basketsTopUp").contains("référence du paiement"), browser.text("#basketsTopUp"));
            assertEquals(0, admin.get(balance).json().getJsonNumber("balance").intValue());

            browser.typeOver("#basketsTopUp\\:amount_input", "30");
            browser.type("#basketsTopUp\\:reference", "Chèque 42");
            browser.click("#basketsTopUp\\:topUp");
            browser.waitForText("#messages", "Rechargement de 30,00 € enregistré (Chèque 42).");
            browser.waitForText("#prepaid", "encore 3 paniers");
            assertTrue(!browser.text("#prepaid").contains("Solde bas"), browser.text("#prepaid"));

            // the same cheque again, as a form sent twice: refused beside the reference
            browser.typeOver("#basketsTopUp\\:amount_input", "30");
            browser.type("#basketsTopUp\\:reference", "chèque 42");
            browser.click("#basketsTopUp\\:topUp");
            browser.waitForText("#basketsTopUp", "déjà enregistré");
            assertEquals(30, admin.get(balance).json().getJsonNumber("balance").intValue());

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#prepaid", "Prepaid balance");
            assertTrue(browser.text("#prepaid").contains("3 baskets left"), browser.text("#prepaid"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/people/household.xhtml?id=" + household);
            browser.waitForText("#prepaid", "Prepaid balance");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
    }

    private static void orderEggs(Browser browser, long eggs, String quantity, String week) {
        ((JavascriptExecutor) browser.driver()).executeScript("PF('basketsExtra').selectValue(arguments[0])",
                Long.toString(eggs));
        browser.typeOver("#basketsExtras\\:quantity_input", quantity);
        browser.type("#basketsExtras\\:fromWeek", week);
    }
}
