package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * A garden-team volunteer, on Tuesday 1 December 2026, creates a drop-off point (a capacity of 0 refused beside its
 * field), edits it, sees another's change make the form stale, moves its Christmas delivery from Thursday to
 * Wednesday and back, closes Christmas week, announces and reopens it, and reorders a round's stops; in English
 * and on a phone too. The treasurer reads the same page without a control to change it. The association is its
 * own: a closed week is closed for every point of it.
 */
@ExtendWith(ArquillianExtension.class)
class PointsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theGardenTeamKeepsThePointsTheRoundsAndTheClosures() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des tournées");
        String garden = account(admin, "garden-points", "GARDEN");
        String treasurer = account(admin, "treasurer-points", "TREASURER");
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier")).id();
        long round = admin.post("/api/v1/rounds", Api.json("name", "Tournée du port", "deliveryDay", "THURSDAY",
                "capacity", 5)).id();
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            List<Long> households = List.of(household(admin, "Arnaud"), household(admin, "Bernard"),
                    household(admin, "Chevalier"));
            for (long h : households) {
                assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", h, "firstWeek",
                        "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", round)).status());
            }
            browser.go("/index.xhtml");
            browser.login(garden, Staff.PASSWORD);
            browser.go("/baskets/points.xhtml");
            browser.waitForText("#list", "Tournée du port");

            // a point without a name and with no room is refused, each fault beside its field
            browser.click("#list\\:newPoint");
            browser.waitForText("#pointCard", "Nouveau point de dépôt");
            ((JavascriptExecutor) browser.driver()).executeScript("PF('pointDay').selectValue('THURSDAY')");
            browser.type("#point\\:capacity", "0");
            browser.click("#point\\:save");
            browser.waitForText("#pointCard", "Doit être entre 1 et");
            assertTrue(besideField(browser, "capacity").contains("Doit être entre 1 et"), besideField(browser, "capacity"));
            assertTrue(besideField(browser, "name").contains("nom"), besideField(browser, "name"));
            assertTrue(admin.get("/api/v1/drop-off-points").array().isEmpty(), "nothing saved");
            browser.type("#point\\:name", "Halle aux grains");
            browser.type("#point\\:capacity", "12");
            browser.click("#point\\:save");
            browser.waitForText("#messages", "Enregistré.");
            browser.waitForUrl("id=");
            JsonObject created = admin.get("/api/v1/drop-off-points").array().getJsonObject(0);
            assertEquals("Halle aux grains", created.getString("name"));
            assertEquals(12, created.getInt("capacity"));
            assertEquals("THURSDAY", created.getString("deliveryDay"));
            long point = created.getJsonNumber("id").longValue();
            browser.waitForText("#list", "Halle aux grains");

            // edited
            browser.type("#point\\:capacity", "15");
            browser.type("#point\\:openingHours", "Jeudi 17 h – 19 h");
            browser.click("#point\\:save");
            browser.waitForText("#messages", "Enregistré.");
            JsonObject edited = admin.get("/api/v1/drop-off-points/" + point).json();
            assertEquals(15, edited.getInt("capacity"));
            assertEquals("Jeudi 17 h – 19 h", edited.getString("openingHours"));
            browser.screenshot("points");

            // someone else saves meanwhile: this form is stale, says so and shows theirs
            Api.Reply read = admin.get("/api/v1/drop-off-points/" + point);
            assertEquals(200, admin.header("If-Match", read.etag()).put("/api/v1/drop-off-points/" + point,
                    Api.json("name", "Halle aux grains", "deliveryDay", "THURSDAY", "capacity", 30)).status());
            browser.type("#point\\:capacity", "20");
            browser.click("#point\\:save");
            browser.waitForText("#messages", "Quelqu'un d'autre");
            assertEquals("30", browser.value("#point\\:capacity"));
            assertEquals(30, admin.get("/api/v1/drop-off-points/" + point).json().getInt("capacity"));

            // Christmas: Thursday's delivery moved to Wednesday (a day outside its week is refused), then back
            browser.waitForText("#deliveries", "2026-W52");
            browser.type("#moves\\:week_input", "24/12/2026");
            browser.type("#moves\\:movedTo_input", "28/12/2026");
            browser.type("#moves\\:reason", "Noël");
            browser.click("#moves\\:move");
            browser.waitForText("#moves", "n'est pas dans la semaine 2026-W52");
            assertTrue(besideField(browser, "moves", "movedTo").contains("n'est pas dans la semaine"));
            // a date picker keeps what it holds on clear(): its text is selected and typed over, as a person does
            browser.find("#moves\\:movedTo_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "23/12/2026");
            browser.click("#moves\\:move");
            browser.waitForText("#messages", "La livraison de la semaine 2026-W52 est déplacée au 23/12/2026.");
            browser.waitForText("#moveList", "Semaine 2026-W52 : du 24/12/2026 au 23/12/2026 · Noël");
            assertTrue(browser.text("#coming").contains("déplacée"));
            assertEquals("2026-12-23", admin.get("/api/v1/drop-off-points/" + point + "/moves").array()
                    .getJsonObject(0).getString("movedTo"));
            browser.click("#moveList button[id$=':cancel']");
            browser.waitForText("#messages", "La livraison retrouve son jour habituel.");
            browser.waitForText("#moveList", "Aucune livraison déplacée à venir.");
            assertTrue(admin.get("/api/v1/drop-off-points/" + point + "/moves").array().isEmpty());

            // Christmas week closed (a malformed week said beside the field), announced once, then open again
            browser.type("#closures\\:week", "2026-52");
            browser.click("#closures\\:close");
            browser.waitForText("#closures", "2026-52");
            assertTrue(besideField(browser, "closures", "week").contains("2026-52"), besideField(browser, "closures", "week"));
            browser.type("#closures\\:week", "2026-W52");
            browser.type("#closures\\:reason", "Noël");
            browser.click("#closures\\:close");
            browser.waitForText("#messages", "Semaine 2026-W52 fermée.");
            browser.waitForText("#closureList", "2026-W52");
            browser.waitForText("#closureList", "21/12/2026");
            browser.waitForText("#coming", "jardin fermé");
            browser.click("#closureList button[id$=':announce']");
            browser.find(".ui-confirmdialog-yes").click();
            browser.waitForText("#messages", "Fermeture annoncée à 3 foyer(s).");
            browser.waitForText("#closureList", "Annoncée le 01/12/2026");
            browser.click("#closureList button[id$=':reopen']");
            browser.waitForText("#messages", "Semaine rouverte");
            browser.waitForText("#closureList", "Aucune semaine de fermeture à venir.");
            assertTrue(admin.get("/api/v1/closures").array().isEmpty());

            // the round's stops, in the order they joined; moved down and up, saved at once
            browser.go("/baskets/points.xhtml?id=" + round);
            browser.waitForText("#stops", "Foyer Chevalier");
            assertEquals(List.of("Foyer Arnaud", "Foyer Bernard", "Foyer Chevalier"), stopNames(browser));
            browser.click("#stopList\\:order\\:0\\:down");
            browser.waitForText("#messages", "Ordre des arrêts enregistré.");
            assertEquals(List.of(households.get(1), households.get(0), households.get(2)), stops(admin, round));
            browser.click("#stopList\\:order\\:2\\:up");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> stopNames(browser).equals(List.of("Foyer Bernard", "Foyer Chevalier", "Foyer Arnaud")));
            assertEquals(List.of(households.get(1), households.get(2), households.get(0)), stops(admin, round));

            // in English, the same round
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#stops", "The round's stops, in delivery order");
            assertTrue(browser.text("#pointCard").contains("Round · Tournée du port"), browser.text("#pointCard"));
            assertTrue(browser.text("#closureCard").contains("Closure weeks"));
            assertEquals(List.of(), browser.consoleErrors());

            // on a phone
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/baskets/points.xhtml?id=" + point);
            browser.waitForText("#deliveries", "2026-W52");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
            browser.screenshot("points-phone");
        }

        // the treasurer reads it all, without a control to change anything
        try (Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(treasurer, Staff.PASSWORD);
            long point = admin.get("/api/v1/drop-off-points").array().getJsonObject(0).getJsonNumber("id").longValue();
            browser.go("/baskets/points.xhtml?id=" + point);
            browser.waitForText("#pointCard", "Halle aux grains");
            assertTrue(browser.text("#point\\:readOnly").contains("30"), browser.text("#point\\:readOnly"));
            for (String id : List.of("list:newPoint", "point:name", "point:save", "moves", "closures")) {
                assertTrue(browser.driver().findElements(By.id(id)).isEmpty(), id + " is not shown to the treasurer");
            }
            browser.go("/baskets/points.xhtml?id=" + round);
            browser.waitForText("#stops", "Foyer Bernard");
            assertTrue(browser.driver().findElements(By.cssSelector("#stops button")).isEmpty(), "no up or down");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static String account(Api admin, String prefix, String role) {
        String username = Staff.unique(prefix);
        assertEquals(201, admin.post("/api/v1/accounts", Api.json("username", username, "displayName", prefix,
                "email", username + "@example.org", "roles", List.of(role), "password", Staff.PASSWORD)).status());
        return username;
    }

    private static long household(Api admin, String name) {
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name, "email",
                Staff.unique(name.toLowerCase()) + "@example.org")).id();
        return admin.post("/api/v1/households", Api.json("name", "Foyer " + name, "mainContactId", person)).id();
    }

    private static List<Long> stops(Api api, long round) {
        return api.get("/api/v1/rounds/" + round + "/stops").array().stream()
                .map(s -> s.asJsonObject().getJsonNumber("householdId").longValue()).toList();
    }

    private static List<String> stopNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#stopList td.stop-household")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** The text of the field of {@code form} whose input is {@code input}: its label, input and message. */
    private static String besideField(Browser browser, String form, String input) {
        return browser.find("#" + form + "\\:" + input + ", #" + form + "\\:" + input + "_input").findElement(
                By.xpath("./ancestor::div[contains(@class,'field')][1]")).getText();
    }

    private static String besideField(Browser browser, String input) {
        return besideField(browser, "point", input);
    }
}
