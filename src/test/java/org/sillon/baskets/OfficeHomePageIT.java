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
 * The animator's home page on Tuesday 1 December 2026, in an association of its own: the waiting list and the
 * subscriptions ending within four weeks, and the renewal reminders sent from there once; in English and on a
 * phone too.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeHomePageIT {

    @ArquillianResource
    URL base;

    @Test
    void theAnimatorSeesWhoWaitsAndWhoEndsAndRemindsThemToRenew() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin du bureau");
        String animator = Staff.unique("animator-home");
        assertEquals(201, admin.post("/api/v1/accounts", Api.json("username", animator, "displayName", "Anne Animatrice",
                "email", animator + "@example.org", "roles", List.of("ANIMATOR"), "password", Staff.PASSWORD)).status());
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier")).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Halle aux grains", "deliveryDay",
                "THURSDAY", "capacity", 1)).id();
        String email = Staff.unique("ropars") + "@example.org";
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            for (String name : List.of("Ropars", "Guillou")) {
                long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "email",
                        name.equals("Ropars") ? email : null)).id();
                long household = admin.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId",
                        person)).id();
                assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                        "2026-W50", "lastWeek", "2026-W52", "sizeOfferId", size, "dropOffPointId", point,
                        "waitingList", true)).status());
            }
            browser.go("/index.xhtml");
            browser.login(animator, Staff.PASSWORD);
            browser.waitForText("#waiting", "Foyer Guillou · Halle aux grains · 2026-W50");
            browser.waitForText("#ending", "Foyer Ropars · Halle aux grains · 2026-W52");
            browser.click("#reminders\\:remind");
            browser.waitForText("#messages", "Rappel de renouvellement envoyé à 1 foyer(s)");
            browser.waitForText("#ending", "rappel envoyé");
            assertEquals("subscription-renewal", admin.get("/api/v1/outbox?recipient=" + email).json()
                    .getJsonArray("items").getJsonObject(0).getString("template"));
            browser.click("#reminders\\:remind");
            browser.waitForText("#messages", "envoyé à 0 foyer(s)");

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#ending", "reminded");
            assertTrue(browser.text("#reminders").contains("Remind the households to renew"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/index.xhtml");
            browser.waitForText("#waiting", "Foyer Guillou");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
    }
}
