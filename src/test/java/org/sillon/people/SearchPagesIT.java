package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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

/** The animator searches without accents, saves the search and applies it again later, in a real browser. */
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
        browser.go("/people/persons.xhtml");
        browser.waitForUrl("login.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/persons.xhtml");

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
}
