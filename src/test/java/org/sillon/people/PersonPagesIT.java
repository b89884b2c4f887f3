package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * A person's page as people use it: a summary to read first, a form opened in its place to edit, every refusal
 * shown at once beside its field with what was typed kept, text rather than greyed inputs for read-only roles.
 */
@ExtendWith(ArquillianExtension.class)
class PersonPagesIT {

    /** A sentence beside a field: a capital first, a full stop last. */
    private static final String SENTENCE = "^\\p{Lu}.*\\.$";

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;
    private long person;

    @BeforeEach
    void setUp() {
        api = Api.at(base).admin();
        tag = UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api.post("/api/v1/persons", Api.json("firstName", "Rozenn", "lastName", "Résumé" + tag,
                "email", "rozenn." + tag + "@example.org", "phone", "02 97 12 34 56"));
        assertEquals(201, created.status(), created.body());
        person = created.id();
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRefusedPhoneAndPostcodeKeepWhatWasTypedAndBothSayWhyBesideTheirField() {
        open(Staff.create(Api.at(base), "ANIMATOR"));

        refuseAPhoneAndAPostcode();
        assertTrue(besideField("phone").contains("téléphone"), besideField("phone"));
        assertEquals("Un code postal français a cinq chiffres.", besideField("address_postalCode"));
        browser.screenshot("person-refused-fields");

        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
        browser.waitForText("#person\\:edit", "Edit");
        refuseAPhoneAndAPostcode();
        assertTrue(besideField("phone").contains("phone number"), besideField("phone"));
        assertEquals("A French postal code has five digits.", besideField("address_postalCode"));

        assertEquals("+33297123456", api.get("/api/v1/persons/" + person).json().getString("phone"));
    }

    @Test
    void aNewPersonGetsTheFormAtOnceAndMissingNamesShowWithTheOtherErrors() {
        browser.go("/people/person.xhtml");
        browser.login(Staff.create(Api.at(base), "ANIMATOR").username(), Staff.PASSWORD);
        browser.waitForUrl("/people/person.xhtml");
        browser.type("#person\\:email", "nouvelle." + tag + "@example.org");
        browser.type("#person\\:phone", "12345");
        browser.click("#person\\:save");
        browser.find("#person\\:phone.ui-state-error");
        assertEquals("Obligatoire.", besideField("firstName"));
        assertEquals("Obligatoire.", besideField("lastName"));
        assertTrue(besideField("phone").matches(SENTENCE), besideField("phone"));
        assertEquals("nouvelle." + tag + "@example.org", browser.value("#person\\:email"));
        assertEquals("12345", browser.value("#person\\:phone"));
    }

    @Test
    void theSummaryComesFirstAndAnEditedSectionShowsInItAfterReload() {
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        Api.Reply household = api.post("/api/v1/households", Api.json("name", "Foyer Résumé " + tag,
                "mainContactId", person, "memberIds", List.of()));
        assertEquals(201, household.status(), household.body());
        Api.Reply task = api.post("/api/v1/tasks", Api.json("title", "Rappeler Rozenn " + tag,
                "dueOn", LocalDate.now().plusDays(3).toString(), "owner", animator.username(), "personId", person));
        assertEquals(201, task.status(), task.body());
        open(animator);

        browser.waitForText("#summaryName", "Rozenn Résumé" + tag);
        browser.waitForText("#summaryHousehold", "Foyer Résumé " + tag);
        browser.waitForText("#summaryHousehold", "Prospect");
        browser.waitForText("#summaryContact", "rozenn." + tag + "@example.org");
        browser.waitForText("#summaryContact", "02 97 12 34 56");
        browser.waitForText("#summaryConsents", "Lettre d'information : Non");
        browser.waitForText("#followupTasks", "Rappeler Rozenn " + tag);
        // read before the follow-up, which comes before the notes: no scrolling past a form to find a call
        assertTrue(top("#person\\:summary") < top("#followup"));
        assertTrue(top("#followup") < top("#notes"));
        assertTrue(browser.driver().findElements(By.cssSelector("#person\\:firstName")).isEmpty());
        browser.screenshot("person-summary");

        browser.click("#person\\:edit");
        browser.type("#person\\:mobilePhone", "06 11 22 33 44");
        browser.waitForText("#person .unsaved-hint", "Modifications non enregistrées");
        browser.click("#person\\:save");
        browser.waitForText("#messages", "Enregistré.");
        browser.go("/people/person.xhtml?id=" + person);
        browser.waitForText("#summaryContact", "06 11 22 33 44");
        assertEquals("+33611223344", api.get("/api/v1/persons/" + person).json().getString("mobilePhone"));
    }

    @Test
    void aReadOnlyRoleReadsTextNotGreyedInputs() {
        open(Staff.create(Api.at(base), "TREASURER"));

        browser.waitForText("#summaryName", "Rozenn Résumé" + tag);
        browser.waitForText("#summaryContact", "02 97 12 34 56");
        assertTrue(browser.driver().findElements(By.cssSelector(
                "#person input:not([type=hidden]), #person select, #person textarea, .content input[disabled]")).isEmpty(),
                browser.text("#person"));
        assertTrue(browser.driver().findElements(By.cssSelector("#person\\:edit")).isEmpty());
    }

    @Test
    void onAPhoneTheSummaryFitsTheScreen() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        open(Staff.create(Api.at(base), "ANIMATOR"));

        browser.waitForText("#summaryContact", "rozenn." + tag + "@example.org");
        long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.clientWidth");
        assertTrue(viewport <= 390, "viewport " + viewport);
        assertTrue(width <= 390, "scroll width " + width);
        browser.screenshot("person-summary-phone");
    }

    private void open(Staff.Member member) {
        browser.go("/people/person.xhtml?id=" + person);
        browser.login(member.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/person.xhtml");
    }

    /** Opens the form, types a bad phone and a bad postcode, saves, and finds both still typed. */
    private void refuseAPhoneAndAPostcode() {
        browser.click("#person\\:edit");
        browser.type("#person\\:phone", "12345");
        browser.type("#person\\:address_postalCode", "5610");
        browser.click("#person\\:save");
        browser.find("#person\\:phone.ui-state-error");
        assertEquals("12345", browser.value("#person\\:phone"));
        assertEquals("5610", browser.value("#person\\:address_postalCode"));
        assertEquals("Rozenn", browser.value("#person\\:firstName"));
        assertTrue(besideField("phone").matches(SENTENCE), besideField("phone"));
        assertTrue(besideField("address_postalCode").matches(SENTENCE), besideField("address_postalCode"));
        // sent back refused, the form is still not saved, and says so (in the page's language)
        assertTrue(Set.of("Modifications non enregistrées", "Unsaved changes")
                .contains(browser.find("#person .unsaved-hint").getText()), browser.find("#person .unsaved-hint").getText());
    }

    /** The message shown beside the input {@code person:<id>}, in its field. */
    private String besideField(String id) {
        return browser.driver().findElement(By.xpath("//input[@id='person:" + id
                + "']/ancestor::div[contains(@class,'field')][1]//*[contains(@class,'ui-message')]")).getText().strip();
    }

    private long top(String css) {
        return browser.find(css).getLocation().getY();
    }
}
