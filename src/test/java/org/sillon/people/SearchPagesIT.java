package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jakarta.json.Json;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * The animator searches without accents, saves the search and applies it again later, and reads each registry
 * list's columns, in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPagesIT {

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorFindsLefevreWithoutTheAccentSavesTheSearchAndAppliesItAgain() {
        Api api = Api.at(base);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 6);
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        assertEquals(201, api.admin().post("/api/v1/persons", Api.json("firstName", "Maëlle", "lastName", "Lefèvre",
                "email", "maelle." + tag + "@example.org")).status());
        browser = Browser.open(base);
        browser.signInAt("/people/persons.xhtml", animator.username(), Staff.PASSWORD);

        browser.type("#persons\\:q", "lefevre " + tag);
        browser.waitForText("#persons\\:table", "maelle." + tag + "@example.org");
        browser.waitForText("#persons\\:table", "Lefèvre");

        browser.click("#persons\\:savedFiltersButton");
        browser.waitForText("#persons\\:savedFilters", "Aucun filtre enregistré");
        browser.type("#persons\\:name", "Lefèvre " + tag);
        browser.click("#persons\\:saveFilter");
        browser.waitForText("#messages", "Filtre « Lefèvre " + tag + " » enregistré");
        browser.screenshot("saved-filter");
        // the panel, read once a request, lists the filter saved in that same request
        browser.click("#persons\\:savedFiltersButton");
        browser.waitForText("#persons\\:savedFilters", "Lefèvre " + tag);

        browser.go("/people/persons.xhtml");
        assertEquals("", browser.value("#persons\\:q"));
        browser.click("#persons\\:savedFiltersButton");
        browser.clickLink("Lefèvre " + tag);
        // the search box and the table come back with the saved search: one row, the one searched for
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> ("lefevre " + tag).equals(
                d.findElement(By.cssSelector("#persons\\:q")).getDomProperty("value"))
                && d.findElements(By.cssSelector("#persons\\:table tbody tr")).size() == 1);
        browser.waitForText("#persons\\:table", "maelle." + tag + "@example.org");

        // deleted, it leaves the panel at once
        browser.click("#persons\\:savedFiltersButton");
        browser.click("#persons\\:savedFilters .delete-filter");
        browser.click("#persons\\:savedFiltersButton");
        browser.waitForText("#persons\\:savedFilters", "Aucun filtre enregistré");
    }

    /** Each list shows its rows' columns: a person's city, tags and household; a household's contact, city and size. */
    @Test
    void theListsShowTheirRowsColumns() {
        Api api = Api.at(base);
        String tag = "t" + UUID.randomUUID().toString().substring(0, 6);
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        var address = Json.createObjectBuilder().add("line1", "2 rue des Lavandières").add("postalCode", "56100")
                .add("city", "Lorient").add("country", "FR").build();
        long main = api.admin().post("/api/v1/persons", Api.json("firstName", "Gwen", "lastName", "Colonne" + tag,
                "address", address, "tags", Json.createArrayBuilder().add("Bénévole").build())).id();
        long other = api.admin().post("/api/v1/persons", Api.json("firstName", "Loïc", "lastName", "Colonne" + tag)).id();
        assertEquals(201, api.admin().post("/api/v1/households", Api.json("name", "Foyer Colonne " + tag,
                "mainContactId", main, "memberIds", Json.createArrayBuilder().add(other).build())).status());
        assertEquals(201, api.admin().post("/api/v1/organisations", Api.json("name", "Relais Colonne " + tag,
                "kind", "COMPANY", "address", address)).status());
        browser = Browser.open(base);
        browser.signInAt("/people/persons.xhtml", animator.username(), Staff.PASSWORD);

        browser.type("#persons\\:q", "gwen colonne" + tag);
        browser.waitForText("#persons\\:table_data", "Foyer Colonne " + tag);
        String person = browser.text("#persons\\:table_data");
        assertTrue(person.contains("Lorient") && person.contains("Bénévole"), person);
        browser.clickLink("Foyer Colonne " + tag);
        browser.waitForUrl("/people/household.xhtml?id=");

        browser.go("/people/households.xhtml");
        browser.type("#households\\:q", "foyer colonne " + tag);
        browser.waitForText("#households\\:table_data", "Gwen Colonne" + tag);
        String household = browser.text("#households\\:table_data");
        for (String shown : List.of("Foyer Colonne " + tag, "Lorient", "Prospect")) {
            assertTrue(household.contains(shown), shown + " in " + household);
        }
        String members = browser.text("#households\\:table_data tr:first-child td:last-child");
        assertTrue(members.strip().endsWith("2"), members);

        browser.go("/people/organisations.xhtml");
        browser.type("#organisations\\:q", "relais colonne " + tag);
        browser.waitForText("#organisations\\:table_data", "Relais Colonne " + tag);
        assertTrue(browser.text("#organisations\\:table_data").contains("Lorient"),
                browser.text("#organisations\\:table_data"));
    }
}
