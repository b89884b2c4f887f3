package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The animator tags a person, writes a note about them and records their newsletter consent, on their page. */
@ExtendWith(ArquillianExtension.class)
class PersonDetailsPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorTagsAPersonWritesANoteAndRecordsTheirNewsletterConsent() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 6);
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        long id = api.admin().post("/api/v1/persons", Api.json("firstName", "Soizic", "lastName", "Le Bihan")).id();

        browser.go("/people/person.xhtml?id=" + id);
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/person.xhtml");
        browser.click("#person\\:edit");
        browser.find("#person\\:tags input[type=text]").sendKeys(tag + Keys.ENTER);
        ((JavascriptExecutor) browser.driver()).executeScript("PF('personSource').selectValue('FAIR')");
        browser.click("#person\\:save");
        browser.waitForText("#messages", "Enregistré");
        browser.waitForText("#summaryTags", tag);

        browser.type("#notes\\:text", "Rencontrée au salon de Lorient, intéressée par le panier solidaire.");
        browser.click("#notes\\:add");
        browser.waitForText("#messages", "Note ajoutée");
        browser.waitForText("#notes\\:list", "Rencontrée au salon de Lorient");
        browser.waitForText("#notes\\:list", animator.username());

        browser.click("#consents\\:current\\:0\\:grant");
        browser.waitForText("#consents", "Obligatoire."); // how the consent reached us must be said
        ((JavascriptExecutor) browser.driver()).executeScript("PF('consentSource').selectValue('PAPER')");
        browser.click("#consents\\:current\\:0\\:grant");
        browser.waitForText("#messages", "Consentement enregistré");
        browser.waitForText("#consents\\:current", "Accepté");
        browser.waitForText("#consents\\:history", "Papier");
        browser.screenshot("person-details");

        JsonObject person = api.admin().get("/api/v1/persons/" + id).json();
        assertEquals(tag, person.getJsonArray("tags").getString(0));
        assertEquals("FAIR", person.getString("source"));
        assertEquals(1, api.admin().get("/api/v1/persons?tag=" + tag + "&consent=NEWSLETTER").json().getInt("total"));
        assertTrue(api.admin().get("/api/v1/persons/" + id + "/notes").array().getJsonObject(0)
                .getString("text").startsWith("Rencontrée"));
    }
}
