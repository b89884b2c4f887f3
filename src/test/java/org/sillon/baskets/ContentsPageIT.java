package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The garden team on Tuesday 1 December 2026 writes what is in next week's baskets, one product per line, is told
 * which line is too long, saves, sees another's save make its form stale, and sends the week's letter after
 * confirming; in English and on a phone too.
 */
@ExtendWith(ArquillianExtension.class)
class ContentsPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theGardenTeamWritesTheWeeksContentsAndSendsTheLetter() {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag)).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Verger " + tag, "deliveryDay",
                "THURSDAY", "capacity", 5)).id();
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Ropars " + tag,
                "email", tag + "@example.org")).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Ropars " + tag,
                "mainContactId", person)).id();
        Staff.Member garden = Staff.create(Api.at(base), "GARDEN");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                    "2027-W02", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point)).status());
            browser.go("/index.xhtml");
            browser.login(garden.username(), Staff.PASSWORD);
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:contents').click()");
            browser.waitForUrl("/baskets/contents.xhtml");
            browser.type("#week\\:weekText", "2027-W02");
            browser.click("#week\\:go");
            browser.waitForText("#heading", "2027-W02");
            WebElement area = areaOf(browser, tag);
            area.sendKeys("Carottes ; 1 kg\n" + "x".repeat(120) + " ; 2\nPommes ; 1 kg ; Verger de Kerlo");
            browser.type("#contents\\:news", "Recette : soupe de carottes.");
            browser.click("#contents\\:save");
            browser.waitForText("#contents", "Ligne 2");
            assertTrue(admin.get("/api/v1/contents/2027-W02").json().getJsonArray("sizes").isEmpty(), "nothing saved");
            area = areaOf(browser, tag);
            area.clear();
            area.sendKeys("Carottes ; 1 kg\nPoireaux ; 3\nPommes ; 1 kg ; Verger de Kerlo");
            browser.click("#contents\\:save");
            browser.waitForText("#messages", "Contenu des paniers enregistré");
            JsonObject saved = admin.get("/api/v1/contents/2027-W02").json();
            assertEquals(List.of("Carottes", "Poireaux", "Pommes"), saved.getJsonArray("sizes").stream()
                    .filter(s -> s.asJsonObject().getString("size").equals("Panier " + tag))
                    .flatMap(s -> s.asJsonObject().getJsonArray("lines").stream())
                    .map(l -> l.asJsonObject().getString("product")).toList());
            browser.screenshot("contents");

            // someone else saves meanwhile: this form is stale, says so and shows theirs
            assertEquals(200, admin.header("If-Match", admin.get("/api/v1/contents/2027-W02").etag())
                    .put("/api/v1/contents/2027-W02", "{\"lines\":[{\"sizeOfferId\":" + size
                            + ",\"product\":\"Courge\"}],\"news\":\"Autre\"}").status());
            area = areaOf(browser, tag);
            area.sendKeys("\nNavets ; 1 botte");
            browser.click("#contents\\:save");
            browser.waitForText("#messages", "Quelqu'un d'autre");
            assertTrue(areaOf(browser, tag).getAttribute("value").startsWith("Courge"));

            // the letter, once confirmed
            browser.click("#letter\\:send");
            browser.find(".ui-confirmdialog-yes").click();
            browser.waitForText("#messages", "Lettre envoyée à ");
            browser.waitForText("#sent", "Lettre envoyée");
            assertEquals("Dans votre panier cette semaine (2027-W02)", admin.get("/api/v1/outbox?recipient="
                    + tag + "@example.org").json().getJsonArray("items").getJsonObject(0).getString("subject"));

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#heading", "Baskets of week 2027-W02");
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/baskets/contents.xhtml?week=2027-W02");
            browser.waitForText("#heading", "2027-W02");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
    }

    private static WebElement areaOf(Browser browser, String tag) {
        return browser.driver().findElements(By.cssSelector(".size-contents")).stream()
                .filter(d -> d.getText().contains("Panier " + tag)).findFirst().orElseThrow()
                .findElement(By.tagName("textarea"));
    }
}
