package org.sillon.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The administrator reads a person's history, then erases the person, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class ErasurePagesIT {

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void setUp() {
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAdministratorReadsAPersonsHistoryThenErasesThem() {
        Api api = Api.at(base);
        Staff.Member admin = Staff.create(api, "ADMIN");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api.admin().post("/api/v1/persons", Api.json("firstName", "Nolwenn", "lastName", "Histoire" + tag,
                "email", "nolwenn." + tag + "@example.org"));
        long id = created.id();
        assertEquals(200, api.admin().header("If-Match", created.etag()).put("/api/v1/persons/" + id,
                Api.json("firstName", "Nolwen", "lastName", "Histoire" + tag, "email", "nolwenn." + tag + "@example.org")).status());

        browser.go("/people/person.xhtml?id=" + id);
        browser.login(admin.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/person.xhtml");
        browser.click("#gdpr\\:history");

        browser.waitForUrl("/admin/audit.xhtml");
        browser.waitForText("#audit\\:table", "Prénom : Nolwenn → Nolwen");
        browser.waitForText("#audit\\:table", "Modification");
        browser.waitForText("#audit\\:table", "Création");
        browser.screenshot("audit-person");
        browser.waitForText("#audit\\:table", "(personne n°" + id + ")");
        browser.click("#audit\\:table a[href*='person.xhtml?id=" + id + "']");

        browser.waitForUrl("/people/person.xhtml");
        browser.type("#gdpr\\:reason", "Demande écrite du " + tag);
        browser.click("#gdpr\\:erase");
        browser.click(".ui-confirmdialog-yes");
        browser.waitForText("#messages", "La personne a été anonymisée");
        browser.waitForText("#summaryName", "Personne anonymisée n°" + id);
        assertFalse(browser.text("#summaryContact").contains("@"), browser.text("#summaryContact"));
        browser.waitForText("#gdpr", "anonymisée au titre du RGPD");
        browser.screenshot("person-erased");

        browser.go("/admin/personal-data.xhtml");
        browser.waitForText("#requests\\:table", "Demande écrite du " + tag);
        assertTrue(browser.text("#requests\\:table").contains("Effacement"));
    }
}
