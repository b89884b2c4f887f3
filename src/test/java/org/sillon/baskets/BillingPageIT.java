package org.sillon.baskets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.math.BigDecimal;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;

/**
 * The treasurer on Friday 11 December 2026: bills the baskets from the menu's billing page, finds a household on
 * December's bill, opens its lines, is told why an adjustment without a reason is refused, adjusts the basket, and
 * reads the page in English and on a phone; a malformed month is said.
 */
@ExtendWith(ArquillianExtension.class)
class BillingPageIT {

    @ArquillianResource
    URL base;

    @Test
    void theTreasurerBillsTheBasketsAndAdjustsAHouseholdsLine() {
        Api admin = Api.at(base).admin();
        String tag = Staff.unique("").substring(1).replaceAll("[0-9]", "x");
        Api.Reply size = admin.post("/api/v1/offers", Api.json("kind", "SIZE", "name", "Panier " + tag));
        assertEquals(200, admin.header("If-Match", size.etag()).post(size.header("Location") + "/prices",
                Api.json("startsOn", "2026-11-01", "amount", Json.createValue(new BigDecimal("12.00")))).status());
        long point = admin.post("/api/v1/drop-off-points", Api.json("name", "Halle " + tag, "deliveryDay",
                "THURSDAY", "capacity", 5)).id();
        long person = admin.post("/api/v1/persons", Api.json("firstName", "Anne", "lastName", "Kerouac " + tag)).id();
        long household = admin.post("/api/v1/households", Api.json("name", "Foyer Kerouac " + tag,
                "mainContactId", person)).id();
        Staff.Member treasurer = Staff.create(Api.at(base), "TREASURER");
        try (MovedClock clock = MovedClock.to(Api.at(base), LocalDate.of(2026, 12, 1));
                Browser browser = Browser.open(base)) {
            assertEquals(201, admin.post("/api/v1/subscriptions", Api.json("householdId", household, "firstWeek",
                    "2026-W50", "lastWeek", "2027-W10", "sizeOfferId", size.id(), "dropOffPointId", point)).status());
            clock.to(LocalDate.of(2026, 12, 11));
            browser.go("/index.xhtml");
            browser.login(treasurer.username(), Staff.PASSWORD);
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:billing').click()");
            browser.waitForUrl("/baskets/billing.xhtml");
            browser.waitForText("#heading", "Facture de décembre 2026");
            browser.click("#run\\:bill");
            browser.waitForText("#messages", "Facturation faite");
            WebElement row = rowOf(browser, tag);
            assertTrue(row.getText().contains("12,00"), row.getText());

            row.findElement(By.cssSelector("a.household")).click();
            browser.waitForText("#entries", "Panier " + tag + " 2026-W50");
            browser.find("#entries button.adjust").click();
            browser.waitForText("#entries", "Ajuster cette ligne");
            browser.type("#adjustment\\:amount_input", "-2");
            browser.click("#adjustment\\:save");
            browser.waitForText("#entries", "Indiquez pourquoi");
            assertOwed(admin, household, "12.00");
            browser.type("#adjustment\\:reason", "Panier abîmé");
            browser.click("#adjustment\\:save");
            browser.waitForText("#messages", "Ajustement enregistré");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> rowOf(browser, tag).getText().contains("10,00"));
            assertOwed(admin, household, "10.00");
            assertTrue(browser.text("#entries").contains("Panier abîmé"), browser.text("#entries"));
            browser.screenshot("billing");

            browser.go("/baskets/billing.xhtml?month=2026-13");
            browser.waitForText("#messages", "2026-13");
            browser.waitForText("#heading", "décembre 2026");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
            browser.waitForText("#heading", "Bill of December 2026");
            assertTrue(rowOf(browser, tag).getText().contains("€10.00"), rowOf(browser, tag).getText());
            browser.click("#next");
            browser.waitForText("#heading", "January 2027");
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("/baskets/billing.xhtml?month=2026-12");
            browser.waitForText("#heading", "December 2026");
            assertTrue((Long) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth") <= 390);
        }
    }

    private static void assertOwed(Api admin, long household, String amount) {
        BigDecimal owed = admin.get("/api/v1/charges?householdId=" + household).json().getJsonNumber("owed")
                .bigDecimalValue();
        assertEquals(0, new BigDecimal(amount).compareTo(owed), owed.toString());
    }

    private static WebElement rowOf(Browser browser, String tag) {
        return browser.driver().findElements(By.cssSelector("#bill\\:households tr")).stream()
                .filter(r -> r.getText().contains("Foyer Kerouac " + tag)).findFirst().orElseThrow();
    }
}
