package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The animator changes a household's status and gives an organisation a contact person, in a browser. */
@ExtendWith(ArquillianExtension.class)
class HouseholdOrganisationPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;
    private Staff.Member animator;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        animator = Staff.create(api, "ANIMATOR");
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorChangesAHouseholdsStatusAndSeesTheHistory() {
        long main = api.admin().post("/api/v1/persons", Api.json("firstName", "Soizic", "lastName", "Statut" + tag)).id();
        long household = api.admin().post("/api/v1/households", Api.json("mainContactId", main)).id();
        browser.go("/people/household.xhtml?id=" + household);
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/household.xhtml");
        browser.waitForText("#household\\:currentStatus", "Prospect");

        ((JavascriptExecutor) browser.driver()).executeScript("PF('householdNewStatus').selectValue('ACTIVE')");
        browser.type("#householdStatus\\:reason", "première cotisation " + tag);
        browser.click("#householdStatus\\:changeStatus");
        browser.waitForText("#householdStatus\\:history", "première cotisation " + tag);
        browser.waitForText("#householdStatus\\:history", "Actif");
        browser.waitForText("#household\\:currentStatus", "Actif");
        browser.screenshot("household-status");

        // the main form still saves over the version the status change left
        browser.type("#household\\:deliveryInstructions", "sonner deux fois");
        browser.click("#household\\:save");
        browser.waitForText("#messages", "Enregistré");

        // the list filters on the status column (each on a freshly opened list)
        String name = "Foyer STATUT" + tag.toUpperCase();
        filterHouseholds("ACTIVE");
        browser.waitForText("#households\\:table_data", name);
        assertTrue(browser.text("#households\\:table_data").contains("Actif"));
        filterHouseholds("LEFT");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !d.findElement(
                        By.cssSelector("#households\\:table_data")).getText().contains(name));

        var saved = api.admin().get("/api/v1/households/" + household).json();
        assertEquals("ACTIVE", saved.getString("status"));
        assertEquals("sonner deux fois", saved.getString("deliveryInstructions"));
        JsonArray history = api.admin().get("/api/v1/households/" + household + "/status-history").array();
        assertEquals(animator.username(), history.getJsonObject(0).getString("recordedBy"));
    }

    private void filterHouseholds(String status) {
        browser.go("/people/households.xhtml");
        browser.type("#households\\:q", "statut" + tag);
        browser.waitForText("#households\\:table_data", "STATUT" + tag.toUpperCase());
        // selectValue is silent: run the filter as the menu's onchange does
        ((JavascriptExecutor) browser.driver()).executeScript(
                "PF('householdsStatusFilter').selectValue('" + status + "'); PF('householdsTable').filter();");
    }

    @Test
    void theAnimatorAddsAContactPersonToAnOrganisation() {
        long person = api.admin().post("/api/v1/persons", Api.json("firstName", "Gaëlle", "lastName", "Contact" + tag,
                "email", "gaelle." + tag + "@ccas.example.org")).id();
        long organisation = api.admin().post("/api/v1/organisations",
                Api.json("name", "CCAS de Quimperlé " + tag, "kind", "PUBLIC_BODY")).id();
        browser.go("/people/organisation.xhtml?id=" + organisation);
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/organisation.xhtml");

        browser.type("#contacts\\:personId_input", "contact" + tag);
        browser.click("#contacts\\:personId_panel li.ui-autocomplete-item");
        browser.type("#contacts\\:function", "référente sociale");
        browser.click("#contacts\\:add");
        browser.waitForText("#contacts\\:list", "Gaëlle Contact" + tag);
        browser.waitForText("#contacts\\:list", "référente sociale");
        browser.screenshot("organisation-contacts");

        browser.clickLink("Gaëlle Contact" + tag);
        browser.waitForUrl("/people/person.xhtml");
        browser.waitForText("#contactOf", "CCAS de Quimperlé " + tag);

        JsonArray contacts = api.admin().get("/api/v1/organisations/" + organisation + "/contacts").array();
        assertEquals(1, contacts.size());
        assertEquals(person, contacts.getJsonObject(0).getJsonNumber("personId").longValue());
    }
}
