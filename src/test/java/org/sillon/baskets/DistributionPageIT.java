package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The garden team on a Tuesday: the home page shows this week's baskets, the distribution page lists them per
 * drop-off point, and the point's signing sheet prints as a PDF; a malformed week typed in says so, and the
 * page reads in English after switching.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theGardenTeamOpensThisWeeksDistributionAndPrintsAPointsSheet() {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        long size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag)).id();
        long eggs = admin.post("/api/v1/offers", Api.json("kind", "OPTION", "name", "Œufs " + tag)).id();
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Marché " + tag, "deliveryDay",
                "THURSDAY", "capacity", 12, "openingHours", "Jeudi 17 h – 19 h")).id();
        Staff.Member garden = Staff.create(Api.at(base), "GARDEN");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            for (String name : List.of("Le Goff", "Tanguy")) {
                long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", name + " " + tag)).id();
                long household = admin.post("/api/v1/households", Api.json("name", "Foyer " + name + " " + tag,
                        "mainContactId", person)).id();
                Api.Reply s = admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                        "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", point,
                        "optionIds", name.equals("Tanguy") ? List.of(eggs) : List.of()));
                assertEquals(201, s.status(), s.body());
            }
            long round = admin.post("/api/v1/rounds", Api.json("name", "Tournée " + tag, "deliveryDay", "THURSDAY",
                    "capacity", 5)).id();
            long cyclist = admin.post("/api/v1/persons", Api.json("firstName", "Yann", "lastName", "Morvan " + tag)).id();
            long doorstep = admin.post("/api/v1/households", Api.json("name", "Foyer Morvan " + tag, "mainContactId",
                    cyclist, "deliveryAddress", jakarta.json.Json.createObjectBuilder().add("line1", "4 quai des Indes")
                            .add("postalCode", "56100").add("city", "Lorient").add("country", "FR").build(),
                    "deliveryInstructions", "Digicode 1234")).id();
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", doorstep, "firstWeek",
                    "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size, "dropOffPointId", round)).status());
            // Tuesday of the next week: this week is 2026-W50, delivered on Thursday 10 December
            clock.to(LocalDate.of(2026, 12, 8));
            browser.go("/index.xhtml");
            browser.login(garden.username(), Staff.PASSWORD);
            browser.waitForText("#this-week", "2026-W50");
            browser.waitForText("#gaps", "Marché " + tag + " · 10/12/2026 · 2026-W50");
            assertTrue(!browser.text("#gaps").contains("Tournée " + tag), "a round has a driver, not a rota");
            browser.click("#week-totals a.figure");
            browser.waitForUrl("/baskets/distribution.xhtml");
            browser.waitForText("#heading", "Semaine 2026-W50, du lundi 07/12/2026");
            WebElement card = sheetOf(browser, tag);
            assertTrue(card.getText().contains("Foyer Le Goff " + tag), card.getText());
            assertTrue(card.getText().contains("Œufs " + tag), card.getText());
            assertTrue(card.getText().contains("Livraison le 10/12/2026 · 2 paniers pour 12 places"), card.getText());
            browser.waitForText("#contents", "Saisir le contenu des paniers");
            WebElement route = browser.driver().findElements(By.cssSelector(".point-sheet")).stream()
                    .filter(c -> c.getText().contains("Tournée " + tag)).findFirst().orElseThrow();
            assertTrue(route.getText().contains("Tournée · Tournée " + tag), route.getText());
            assertTrue(route.getText().contains("4 quai des Indes") && route.getText().contains("Digicode 1234"),
                    route.getText());
            assertTrue(route.findElement(By.cssSelector("a.print-sheet")).getText().contains("feuille de route"));
            browser.screenshot("distribution");
            assertTrue(browser.find("#forecastChart canvas").isDisplayed(), "the twelve weeks' forecast is drawn");

            // the point's sheet, as the browser downloads it with the session
            String href = card.findElement(By.cssSelector("a.print-sheet")).getAttribute("href");
            assertTrue(href.contains("point=" + point) && href.contains("lang=fr"), href);
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            byte[] pdf = Api.at(base).withCookie("JSESSIONID=" + session.getValue())
                    .getBytes(href.substring(href.indexOf("/api/")));
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("%PDF"), "a PDF");
            assertEquals(2, pages(text), "the totals, then the point's signing sheet");

            // a malformed week is said and this week shown; then the English page
            browser.type("#week\\:weekText", "2026-W99");
            browser.click("#week\\:go");
            browser.waitForText("#messages", "2026-W99");
            browser.waitForText("#heading", "2026-W50");
            browser.click("#week\\:next");
            browser.waitForText("#heading", "2026-W51");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#heading", "Week 2026-W51, from Monday 14/12/2026");
            assertTrue(sheetOf(browser, tag).findElement(By.cssSelector("a.print-sheet")).getText()
                    .contains("Print the signing sheet"));
            assertEquals(List.of(), browser.consoleErrors());
            // on a phone the sheet's table becomes cards and nothing runs off the screen
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().navigate().refresh();
            browser.waitForText("#heading", "2026-W51");
            browser.screenshot("distribution-phone");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            // on Thursday the point's baskets are marked as they go; one is left, and the animator hears of it
            long leGoff = subscriptionOf(admin, point, "Le Goff");
            long tanguy = subscriptionOf(admin, point, "Tanguy");
            Api.Reply early = Api.at(base).as(garden.token()).put("/api/v1/distributions/2026-W50/baskets/" + tanguy,
                    Api.json("outcome", "COLLECTED"));
            assertEquals(409, early.status(), early.body());
            clock.to(LocalDate.of(2026, 12, 10));
            assertEquals(404, Api.at(base).as(garden.token()).put("/api/v1/distributions/2026-W49/baskets/" + tanguy,
                    Api.json("outcome", "COLLECTED")).status(), "no basket that week");
            browser.go("/baskets/distribution.xhtml?week=2026-W50");
            markIn(browser, tag, "Le Goff", "collected");
            markIn(browser, tag, "Tanguy", "not-collected");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> rowOf(browser, tag, "Tanguy").getText().contains("Not collected"));
            assertTrue(rowOf(browser, tag, "Le Goff").getText().contains("Collected"));
            assertTrue(admin.get("/api/v1/distributions/not-collected").array().stream()
                    .anyMatch(u -> u.asJsonObject().getJsonNumber("subscriptionId").longValue() == tanguy));
            assertTrue(admin.get("/api/v1/distributions/2026-W50").body().contains("\"outcome\":\"NOT_COLLECTED\""));
        }
    }

    private static long subscriptionOf(Api admin, long point, String name) {
        return admin.get("/api/v1/distributions/2026-W50").json().getJsonArray("points").stream()
                .map(p -> p.asJsonObject()).filter(p -> p.getJsonNumber("pointId").longValue() == point)
                .flatMap(p -> p.getJsonArray("baskets").stream()).map(b -> b.asJsonObject())
                .filter(b -> b.getString("household").contains(name)).findFirst().orElseThrow()
                .getJsonNumber("subscriptionId").longValue();
    }

    private static WebElement rowOf(Browser browser, String tag, String name) {
        return sheetOf(browser, tag).findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains("Foyer " + name)).findFirst().orElseThrow();
    }

    private static void markIn(Browser browser, String tag, String name, String button) {
        rowOf(browser, tag, name).findElement(By.cssSelector("button." + button)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
    }

    private static WebElement sheetOf(Browser browser, String tag) {
        return browser.driver().findElements(By.cssSelector(".point-sheet")).stream()
                .filter(c -> c.getText().contains("Marché " + tag)).findFirst().orElseThrow();
    }

    /** The number of page objects in a PDF (OpenPDF writes them uncompressed). */
    private static int pages(String pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(pdf);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
