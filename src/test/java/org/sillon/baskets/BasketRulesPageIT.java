package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * The administrator of a garden of its own reads the basket rules with what each means, is told beside its field
 * that a time is malformed, that the absences included pass the most allowed and that a capacity of nothing is none,
 * then moves the cut-off to Sunday evening the week before and shifts absent households' baskets; a form someone
 * else saved meanwhile says so and shows theirs; in English and on a phone too. The garden team reads the rules
 * as text, with nothing to change.
 */
@ExtendWith(ArquillianExtension.class)
class BasketRulesPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorSetsTheRulesTheGardenTeamReadsThem() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des règles");
        String administrator = Staff.createIn(admin, "ADMIN");
        String garden = Staff.createIn(admin, "GARDEN");
        try (Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(administrator, Staff.PASSWORD);
            browser.go("/baskets/rules.xhtml");
            browser.waitForText("#rules", "le jardin prépare la récolte");
            assertEquals("12:00", browser.value("#rules\\:cutOffTime"));
            assertEquals("4", browser.value("#rules\\:absencesIncluded_input"));

            browser.type("#rules\\:cutOffTime", "midi");
            browser.click("#rules\\:save");
            browser.waitForText("#rules", "Écrivez l'heure ainsi : 12:00.");
            browser.type("#rules\\:cutOffTime", "18:00");
            browser.typeOver("#rules\\:absencesIncluded_input", "9");
            browser.typeOver("#rules\\:weeklyCapacity_input", "0");
            browser.click("#rules\\:save");
            browser.waitForText("#rules", "Ne peut dépasser le maximum d'absences.");
            assertTrue(browser.text("#rules").contains("Doit être entre 1 et"), browser.text("#rules"));
            assertEquals("9", browser.value("#rules\\:absencesIncluded_input"), "kept as typed");
            assertEquals(0, admin.get("/api/v1/basket-settings").json().getInt("version"), "nothing saved");

            ((JavascriptExecutor) browser.driver()).executeScript("PF('rulesDay').selectValue('SUNDAY');"
                    + "PF('rulesWeeks').selectValue('1')");
            browser.click("label[for='rules:absenceHandling:1']");
            browser.typeOver("#rules\\:absencesIncluded_input", "6");
            browser.typeOver("#rules\\:weeklyCapacity_input", "120");
            browser.click("#rules\\:save");
            browser.waitForText("#messages", "Enregistré.");
            JsonObject saved = admin.get("/api/v1/basket-settings").json();
            assertEquals("SUNDAY", saved.getString("cutOffDay"));
            assertEquals("18:00", saved.getString("cutOffTime").substring(0, 5));
            assertEquals(1, saved.getInt("cutOffWeeksBefore"));
            assertEquals("SHIFT", saved.getString("absenceHandling"));
            assertEquals(6, saved.getInt("absencesIncluded"));
            assertEquals(120, saved.getInt("weeklyCapacity"));
            browser.screenshot("basket-rules");

            // someone else raises the most absences meanwhile: this form is stale, says so and shows theirs
            Api.Reply current = admin.get("/api/v1/basket-settings");
            assertEquals(200, admin.header("If-Match", current.etag()).put("/api/v1/basket-settings", Api.json(
                    "cutOffDay", "SUNDAY", "cutOffTime", "18:00", "cutOffWeeksBefore", 1, "absenceHandling", "SHIFT",
                    "absencesIncluded", 6, "absencesMax", 10, "weeklyCapacity", 120)).status());
            browser.typeOver("#rules\\:absencesIncluded_input", "5");
            browser.click("#rules\\:save");
            browser.waitForText("#messages", "Quelqu'un d'autre");
            assertEquals("10", browser.value("#rules\\:absencesMax_input"));
            assertEquals("6", browser.value("#rules\\:absencesIncluded_input"));

            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#rules", "the garden plans its harvest");
            assertTrue(browser.text("#rules").contains("Shifted: the basket is made up in a later week"),
                    browser.text("#rules"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/baskets/rules.xhtml");
            browser.waitForText("#rules", "the garden plans its harvest");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
        try (Browser browser = Browser.open(base)) {
            browser.go("/index.xhtml");
            browser.login(garden, Staff.PASSWORD);
            browser.go("/baskets/rules.xhtml");
            browser.waitForText("#rules", "dimanche à 18:00, 1 semaine(s) avant");
            assertTrue(browser.text("#rules").contains("Reporté : le panier est préparé une semaine suivante"),
                    browser.text("#rules"));
            assertTrue(browser.text("#rules").contains("120"), browser.text("#rules"));
            assertTrue(browser.driver().findElements(By.cssSelector("#rules input:not([type=hidden]), #rules button"))
                    .isEmpty(), "the garden team reads the rules but changes nothing");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
