package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * Switching language keeps the page one is on (issue 9): a list keeps its search, a person, household or
 * organisation page keeps its record, and each shows the other language.
 */
@ExtendWith(ArquillianExtension.class)
class LanguageSwitchPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private JavascriptExecutor js;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        browser = Browser.open(base);
        js = (JavascriptExecutor) browser.driver();
        browser.go("/index.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eachKindOfPageKeepsItsRecordOrSearchInTheOtherLanguage() {
        long person = api.admin().post("/api/v1/persons", Api.json("firstName", "Bleuenn", "lastName", "Bascule" + tag,
                "address", address("Quimperlé"))).id();
        api.admin().post("/api/v1/persons", Api.json("firstName", "Autre", "lastName", "Bascule" + tag,
                "address", address("Lorient")));
        long household = api.admin().post("/api/v1/households", Api.json("mainContactId", person)).id();
        long organisation = api.admin().post("/api/v1/organisations",
                Api.json("name", "Jardin des langues " + tag, "kind", "ASSOCIATION")).id();

        // a list with a search typed into it and a column filtered
        browser.go("/people/persons.xhtml");
        browser.waitForText("h1", "Personnes");
        var unsearched = browser.find("#persons\\:table_data");
        browser.type("#persons\\:q", "bascule" + tag);
        // the search has replaced the table before its column filter is typed into
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(unsearched));
        browser.waitForText("#persons\\:table_data", "Autre");
        browser.type("#persons\\:table\\:city\\:filter", "Quimper");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> browser.text("#persons\\:table") + " / filter: "
                        + browser.value("#persons\\:table\\:city\\:filter"))
                .until(d -> !browser.text("#persons\\:table_data").contains("Autre"));
        switchTo("en");
        browser.waitForText("h1", "Persons");
        assertEquals("en", language());
        assertEquals("bascule" + tag, browser.value("#persons\\:q"));
        assertEquals("Quimper", browser.value("#persons\\:table\\:city\\:filter"));
        browser.waitForText("#persons\\:table_data", "Bleuenn");
        assertFalse(browser.text("#persons\\:table_data").contains("Autre"), browser.text("#persons\\:table_data"));
        // a search changed on the page the switch opened wins over the one its address came with
        var searched = browser.find("#persons\\:table_data");
        browser.type("#persons\\:q", "bleuenn bascule" + tag);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(searched));
        switchTo("fr");
        browser.waitForText("h1", "Personnes");
        assertEquals("bleuenn bascule" + tag, browser.value("#persons\\:q"));
        assertEquals("Quimper", browser.value("#persons\\:table\\:city\\:filter"));
        browser.waitForText("#persons\\:table_data", "Bleuenn");

        // a person's page: the same person, not an empty "new person" form
        browser.go("/people/person.xhtml?id=" + person);
        browser.waitForText("h1", "Bleuenn Bascule" + tag);
        switchTo("en");
        browser.waitForText("#person\\:edit", "Edit");
        assertEquals("en", language());
        browser.waitForUrl("id=" + person);
        browser.waitForText("h1", "Bleuenn Bascule" + tag);
        browser.waitForText("#summaryName", "Bleuenn");

        // a household's page: the same household, not the server's error page
        browser.go("/people/household.xhtml?id=" + household);
        browser.waitForText("#household\\:save", "Save");
        String name = browser.value("#household\\:name");
        switchTo("fr");
        browser.waitForText("#household\\:save", "Enregistrer");
        assertEquals("fr", language());
        browser.waitForUrl("id=" + household);
        assertEquals(name, browser.value("#household\\:name"));
        assertFalse(browser.driver().getPageSource().contains("Exception"));

        // an organisation's page
        browser.go("/people/organisation.xhtml?id=" + organisation);
        browser.waitForText("h1", "Jardin des langues " + tag);
        switchTo("en");
        browser.waitForText("#organisation\\:save", "Save");
        assertEquals("en", language());
        browser.waitForUrl("id=" + organisation);
        assertEquals("Jardin des langues " + tag, browser.value("#organisation\\:name"));
        browser.screenshot("language-switch-organisation");
    }

    @Test
    void aHouseholdPageWithoutItsRecordSaysNotFoundRatherThanFailing() {
        browser.go("/people/household.xhtml");
        browser.find("h1");
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("Exception") || page.contains("HTTP Status"), page);
        assertTrue(browser.driver().getTitle().contains("Sillon"), browser.driver().getTitle());
    }

    private static jakarta.json.JsonObject address(String city) {
        return jakarta.json.Json.createObjectBuilder().add("line1", "1 rue des Jardins").add("postalCode", "29300")
                .add("city", city).build();
    }

    /** Clicks the language in the account menu, as its (hidden until hovered) item does. */
    private void switchTo(String language) {
        js.executeScript("document.getElementById('menu:" + language + "').click()");
    }

    private String language() {
        return (String) js.executeScript("return document.documentElement.lang");
    }
}
