package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The treasurer of an association of its own on Tuesday 1 December 2026: creates a basket size billed by contract
 * and an extra with its stock, each with a first price; sets the size a new price from a day on, after being told
 * beside the field why a price without an amount, a negative one and one starting too early are refused; finds a
 * form made stale by another's change; creates a subscription period after a week out of order is refused; in
 * English and on a phone too. The garden team reads the page without a button to change it.
 */
@ExtendWith(ArquillianExtension.class)
class OffersPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theTreasurerSetsTheOffersTheirPricesAndThePeriods() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des tarifs");
        String treasurer = account(admin, "TREASURER");
        String garden = account(admin, "GARDEN");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(treasurer, Staff.PASSWORD);
            browser.go("/baskets/offers.xhtml");
            browser.waitForText("h1", "Offres et périodes");
            browser.waitForText("#group-SIZE", "Aucune pour l'instant.");

            // a size billed by contract, paid each quarter, priced from January
            browser.click("#group-SIZE button.create");
            browser.type("#offer\\:name", "Panier moyen");
            clickLabel(browser, "offerDialog", "Contrat :");
            clickLabel(browser, "offerDialog", "payé par trimestre");
            browser.type("#offer\\:amount_input", "15");
            browser.type("#offer\\:startsOn_input", "01/01/2027");
            browser.screenshot("offers-new-size");
            browser.click("#offer\\:save");
            browser.waitForText("#messages", "Offre « Panier moyen » enregistrée.");
            browser.waitForText("#group-SIZE", "Panier moyen");
            String sizeRow = browser.text("#group-SIZE tbody");
            assertTrue(sizeRow.contains("Contrat, payé par trimestre") && sizeRow.contains("Pas de prix aujourd'hui")
                    && sizeRow.contains("puis 15,00") && sizeRow.contains("à partir du 01/01/2027"), sizeRow);
            JsonObject size = offer(admin, "Panier moyen");
            assertEquals("CONTRACT", size.getString("billing"));
            assertEquals("QUARTERLY", size.getString("instalments"));

            // an extra with its stock, priced from today
            browser.click("#group-EXTRA button.create");
            browser.type("#offer\\:name", "Pain de campagne");
            retype(browser, "#offer\\:weeklyStock_input", "20");
            browser.type("#offer\\:amount_input", "4,5");
            browser.type("#offer\\:startsOn_input", "01/12/2026");
            browser.click("#offer\\:save");
            browser.waitForText("#messages", "Offre « Pain de campagne » enregistrée.");
            browser.waitForText("#group-EXTRA", "20 par semaine");
            assertTrue(browser.text("#group-EXTRA").contains("4,50"), browser.text("#group-EXTRA"));
            assertEquals(20, offer(admin, "Pain de campagne").getInt("weeklyStock"));
            assertFalse(browser.text("#messages").contains("Panier moyen"), "each save said once");

            // the size's prices: each wrong price said beside its field, nothing recorded; then a price from March
            clickInRow(browser, "SIZE", "Panier moyen", "button.show-prices");
            browser.waitForText("#prices", "Prix de « Panier moyen »");
            assertTrue(browser.text("#prices\\:history").contains("à venir"), browser.text("#prices\\:history"));
            retype(browser, "#prices\\:startsOn_input", "01/02/2027");
            browser.click("#prices\\:setPrice");
            waitForFieldText(browser, "prices:amount", "Obligatoire.");
            retype(browser, "#prices\\:amount_input", "-3");
            browser.click("#prices\\:setPrice");
            waitForFieldText(browser, "prices:amount", "Un prix est positif ou nul.");
            retype(browser, "#prices\\:amount_input", "16");
            retype(browser, "#prices\\:startsOn_input", "01/12/2026");
            browser.click("#prices\\:setPrice");
            waitForFieldText(browser, "prices:startsOn", "commence après le dernier, qui commence le 01/01/2027");
            assertEquals(1, offer(admin, "Panier moyen").getJsonArray("prices").size(), "nothing recorded");
            retype(browser, "#prices\\:startsOn_input", "01/03/2027");
            browser.click("#prices\\:setPrice");
            browser.waitForText("#prices", "Nouveau prix enregistré, à partir du 01/03/2027.");
            browser.waitForText("#prices\\:history", "01/03/2027");
            assertTrue(browser.text("#prices\\:history").contains("16,00"), browser.text("#prices\\:history"));
            assertEquals(List.of("2027-01-01", "2027-03-01"), offer(admin, "Panier moyen").getJsonArray("prices")
                    .stream().map(p -> p.asJsonObject().getString("startsOn")).toList());
            browser.screenshot("offers-prices");
            browser.click("#pricesDialog .ui-dialog-titlebar-close");

            // a size's billing is read, not edited
            clickInRow(browser, "SIZE", "Panier moyen", "button.edit");
            browser.waitForText("#offer", "Modifier « Panier moyen »");
            assertTrue(browser.text("#offer\\:billingText").contains("Contrat, payé par trimestre"));
            assertTrue(browser.driver().findElements(By.id("offer:billing")).isEmpty(), "no billing choice");
            browser.click("#offerDialog .ui-dialog-titlebar-close");

            // someone else renames the extra while its form is open: the form says so and shows theirs
            clickInRow(browser, "EXTRA", "Pain de campagne", "button.edit");
            browser.waitForText("#offer", "Modifier « Pain de campagne »");
            long extra = offer(admin, "Pain de campagne").getJsonNumber("id").longValue();
            assertEquals(200, admin.header("If-Match", admin.get("/api/v1/offers/" + extra).etag())
                    .put("/api/v1/offers/" + extra, Api.json("name", "Pain au levain", "weeklyStock", 20)).status());
            retype(browser, "#offer\\:weeklyStock_input", "25");
            browser.click("#offer\\:save");
            browser.waitForText("#offer", "Quelqu'un d'autre a modifié cette fiche");
            assertEquals("Pain au levain", browser.value("#offer\\:name"));
            assertEquals(20, offer(admin, "Pain au levain").getInt("weeklyStock"), "theirs is kept");
            retype(browser, "#offer\\:weeklyStock_input", "25");
            browser.click("#offer\\:save");
            browser.waitForText("#messages", "Offre « Pain au levain » enregistrée.");
            browser.waitForText("#group-EXTRA", "25 par semaine");

            // a period: a last week before the first is refused beside it
            browser.click("#periods\\:create");
            browser.type("#period\\:name", "Saison 2027");
            browser.type("#period\\:firstWeek", "2027-W01");
            retype(browser, "#period\\:lastWeek", "2026-W50");
            browser.click("#period\\:save");
            waitForFieldText(browser, "period:lastWeek", "De la semaine 2027-W01 à une semaine qui suit");
            assertEquals(0, admin.get("/api/v1/periods").array().size());
            retype(browser, "#period\\:lastWeek", "2027-W26");
            browser.click("#period\\:save");
            browser.waitForText("#messages", "Période « Saison 2027 » enregistrée.");
            browser.waitForText("#periods", "2027-W01 → 2027-W26");
            assertTrue(browser.text("#periods").contains("du lundi 04/01/2027 au dimanche 04/07/2027"),
                    browser.text("#periods"));
            browser.screenshot("offers");

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("h1", "Offers and periods");
            String english = browser.text("#group-SIZE tbody");
            assertTrue(english.contains("Contract, paid quarterly") && english.contains("then €15.00 from 01/01/2027"),
                    english);
            assertTrue(browser.text("#periods").contains("from Monday 04/01/2027 to Sunday 04/07/2027"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/baskets/offers.xhtml");
            browser.waitForText("#group-EXTRA", "Pain au levain");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
            clickInRow(browser, "SIZE", "Panier moyen", "button.edit");
            browser.waitForText("#offer", "Edit “Panier moyen”");
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("var r = document"
                    + ".getElementById('offerDialog').getBoundingClientRect(); return r.left >= 0 && r.right <= 390"),
                    "the dialog fits the phone");
            browser.screenshot("offers-phone");
        }

        try (Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(garden, Staff.PASSWORD);
            browser.go("/baskets/offers.xhtml");
            browser.waitForText("#group-SIZE", "Panier moyen");
            browser.waitForText("#periods", "Saison 2027");
            assertEquals(List.of(), browser.driver().findElements(By.cssSelector("button.create, button.edit")),
                    "no button to create or edit");
            clickInRow(browser, "SIZE", "Panier moyen", "button.show-prices");
            browser.waitForText("#prices\\:history", "01/03/2027");
            assertTrue(browser.driver().findElements(By.id("prices:setPrice")).isEmpty(), "no new price");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** A staff account of the test's association, with this role; answers its username. */
    private static String account(Api admin, String role) {
        String username = Staff.unique(role.toLowerCase() + "-offers");
        assertEquals(201, admin.post("/api/v1/accounts", Api.json("username", username, "displayName", "Test " + role,
                "email", username + "@example.org", "roles", List.of(role), "password", Staff.PASSWORD)).status());
        return username;
    }

    private static JsonObject offer(Api admin, String name) {
        return admin.get("/api/v1/offers").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /**
     * Types over what a field holds as a person does, all selected first: a number or date field formats what it
     * holds, and a plain clear() does not empty it.
     */
    private static void retype(Browser browser, String css, String text) {
        WebElement input = browser.find(css);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Clicks this button of the offer's row, once a closing dialog or an update no longer stands in the way. */
    private static void clickInRow(Browser browser, String kind, String name, String button) {
        until(browser, d -> d.findElements(By.cssSelector("#group-" + kind + " tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow()
                .findElement(By.cssSelector(button)));
    }

    /** Clicks the choice of a dialog's radio buttons whose label says this, as a person does. */
    private static void clickLabel(Browser browser, String dialog, String text) {
        until(browser, d -> d.findElements(By.cssSelector("#" + dialog + " label")).stream()
                .filter(l -> l.isDisplayed() && l.getText().contains(text)).findFirst().orElseThrow());
    }

    private static void until(Browser browser, Function<WebDriver, WebElement> element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(NoSuchElementException.class)
                .ignoring(java.util.NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class).until(d -> {
                    element.apply(d).click();
                    return true;
                });
    }

    /** Waits for this text in the field of this input: beside it, not at the top of the page. */
    private static void waitForFieldText(Browser browser, String inputId, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"))
                        .getText().contains(text));
    }
}
