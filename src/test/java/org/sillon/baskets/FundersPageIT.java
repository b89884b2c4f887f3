package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The treasurer of a garden of its own, on Tuesday 1 December 2026, makes the CCAS a funder of solidarity baskets
 * (a negative share and a budget of nothing are said beside their fields first), then raises its share while
 * someone else changed it (the stale form says so and shows theirs); in English and on a phone too. The animator
 * reads the funders without a button to change them.
 */
@ExtendWith(ArquillianExtension.class)
class FundersPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theTreasurerMakesTheCcasAFunderAndChangesItsShare() {
        Api admin = Staff.newAssociation(Api.at(base), base, "Jardin des financeurs");
        String treasurer = Staff.createIn(admin, "TREASURER");
        String animator = Staff.createIn(admin, "ANIMATOR");
        assertEquals(201, admin.post("/api/v1/organisations", Api.json("name", "CCAS de Lanester", "kind",
                "PUBLIC_BODY")).status());
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1))) {
            try (Browser browser = Browser.open(base)) {
                browser.go("/index.xhtml");
                browser.login(treasurer, Staff.PASSWORD);
                browser.go("/baskets/funders.xhtml");
                browser.waitForText("#list", "Aucune organisation ne finance encore de paniers solidaires.");
                assertTrue(browser.text("#list").contains("Facturé en 2026"), browser.text("#list"));

                browser.type("#funder\\:organisationId_input", "Lanester");
                browser.click("#funder\\:organisationId_panel li.ui-autocomplete-item");
                browser.typeOver("#funder\\:share_input", "-5");
                browser.typeOver("#funder\\:yearlyBudget_input", "0");
                browser.click("#funder\\:save");
                browser.waitForText("#funder", "Une part par panier est un montant supérieur à zéro.");
                assertTrue(browser.text("#funder").contains("Un budget annuel est un montant supérieur à zéro, ou aucun."),
                        browser.text("#funder"));
                assertEquals("CCAS de Lanester", browser.value("#funder\\:organisationId_input"), "kept as chosen");
                assertEquals(0, admin.get("/api/v1/funders").array().size());

                browser.typeOver("#funder\\:share_input", "10");
                browser.typeOver("#funder\\:yearlyBudget_input", "1500");
                browser.click("#funder\\:save");
                browser.waitForText("#messages", "Enregistré.");
                browser.waitForText("#list", "CCAS de Lanester");
                assertTrue(browser.text("#list").contains("10,00"), browser.text("#list"));
                assertTrue(browser.text("#list").contains("500,00"), browser.text("#list"));
                JsonObject funder = admin.get("/api/v1/funders").array().getJsonObject(0);
                assertEquals(0, new BigDecimal("10.00").compareTo(funder.getJsonNumber("share").bigDecimalValue()));
                browser.screenshot("funders");

                // the treasurer opens it while someone else changes it: the form says so and shows theirs
                browser.click("#list\\:funders\\:0\\:edit");
                browser.waitForText("#funderCard", "Modifier CCAS de Lanester");
                String path = "/api/v1/funders/" + funder.getJsonNumber("id").longValue();
                assertEquals(200, admin.header("If-Match", admin.get(path).etag()).put(path, Json.createObjectBuilder()
                        .add("share", new BigDecimal("11.00")).add("yearlyBudget", new BigDecimal("1500.00")).build()
                        .toString()).status());
                browser.typeOver("#funder\\:share_input", "12,5");
                browser.click("#funder\\:save");
                browser.waitForText("#messages", "Quelqu'un d'autre");
                assertTrue(browser.value("#funder\\:share_input").startsWith("11,00"),
                        browser.value("#funder\\:share_input"));
                browser.typeOver("#funder\\:share_input", "12,5");
                browser.click("#funder\\:save");
                browser.waitForText("#messages", "Enregistré.");
                browser.waitForText("#list", "12,50");
                assertEquals(0, new BigDecimal("12.50").compareTo(admin.get(path).json().getJsonNumber("share")
                        .bigDecimalValue()));

                ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
                browser.waitForText("#list", "Billed in 2026");
                assertTrue(browser.text("#list").contains("€12.50"), browser.text("#list"));
                assertTrue(browser.text("#funderCard").contains("New funder"), browser.text("#funderCard"));
                assertEquals(List.of(), browser.consoleErrors());
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.go("/baskets/funders.xhtml");
                browser.waitForText("#list", "CCAS de Lanester");
                assertTrue((Long) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth") <= 390);
            }
            try (Browser browser = Browser.open(base)) {
                browser.go("/index.xhtml");
                browser.login(animator, Staff.PASSWORD);
                browser.go("/baskets/funders.xhtml");
                browser.waitForText("#list", "CCAS de Lanester");
                assertTrue(browser.driver().findElements(By.cssSelector("#funder, #list button")).isEmpty(),
                        "the animator reads the funders but changes nothing");
                assertEquals(List.of(), browser.consoleErrors());
            }
        }
    }
}
