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
 * subscription, the week away and the extras; in English and on a phone too.
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

    private static void orderEggs(Browser browser, long eggs, String quantity, String week) {
        ((JavascriptExecutor) browser.driver()).executeScript("PF('basketsExtra').selectValue(arguments[0])",
                Long.toString(eggs));
        browser.typeOver("#basketsExtras\\:quantity_input", quantity);
        browser.type("#basketsExtras\\:fromWeek", week);
    }
}
