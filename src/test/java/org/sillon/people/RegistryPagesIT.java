package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The animator's pages in a real browser: log in, find a household, edit one of its persons. */
@ExtendWith(ArquillianExtension.class)
class RegistryPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;
    private Staff.Member animator;
    private long personId;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        animator = Staff.create(api, "ANIMATOR");
        Api.Reply main = api.admin().post("/api/v1/persons", Api.json("firstName", "Katell", "lastName", "Quéré" + tag,
                "mobilePhone", "06 11 22 33 44"));
        Api.Reply other = api.admin().post("/api/v1/persons", Api.json("firstName", "Goulven", "lastName", "Quéré" + tag));
        personId = other.id();
        assertEquals(201, api.admin().post("/api/v1/households", Api.json("name", "Foyer Quéré " + tag,
                "mainContactId", main.id(), "memberIds", List.of(personId))).status());
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorFindsAHouseholdAndEditsOneOfItsPersons() {
        browser.signInAt("/people/households.xhtml", animator.username(), Staff.PASSWORD);
        browser.type("#households\\:q", "quéré " + tag);
        browser.waitForText("#households\\:table", "Foyer Quéré " + tag);
        browser.clickLink("Foyer Quéré " + tag);

        browser.waitForUrl("/people/household.xhtml");
        browser.waitForText("#householdMembers\\:members", "Katell Quéré" + tag);
        browser.clickLink("Goulven Quéré" + tag);

        browser.waitForUrl("/people/person.xhtml");
        browser.waitForText("#summaryName", "Goulven");
        browser.click("#person\\:edit");
        assertEquals("Goulven", browser.value("#person\\:firstName"));
        browser.type("#person\\:mobilePhone", "07 89 12 34 56");
        browser.type("#person\\:address_postalCode", "5627");
        browser.click("#person\\:save");
        browser.waitForText("#person", "Un code postal français a cinq chiffres.");
        browser.type("#person\\:address_postalCode", "56270");
        browser.type("#person\\:address_city", "Ploemeur");
        browser.click("#person\\:save");
        browser.waitForText("#messages", "Enregistré");
        browser.waitForText("#summaryContact", "07 89 12 34 56");
        browser.waitForText("#summaryContact", "56270 Ploemeur");
        browser.screenshot("person-saved");

        Api.Reply saved = api.admin().get("/api/v1/persons/" + personId);
        assertEquals("+33789123456", saved.json().getString("mobilePhone"));
        assertEquals("Ploemeur", saved.json().getJsonObject("address").getString("city"));
    }

    @Test
    void aStaleFormIsRefusedAndReloadedWithTheOtherChange() {
        browser.go("/login.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
        browser.go("/people/person.xhtml?id=" + personId);
        browser.click("#person\\:edit");
        browser.type("#person\\:firstName", "Goulc'hen");

        Api.Reply current = api.admin().get("/api/v1/persons/" + personId);
        assertEquals(200, api.admin().header("If-Match", current.etag()).put("/api/v1/persons/" + personId,
                Api.json("firstName", "Erwan", "lastName", "Quéré" + tag)).status());

        browser.click("#person\\:save");
        browser.waitForText("#messages", "Quelqu'un d'autre a modifié cette fiche");
        assertEquals("Erwan", browser.value("#person\\:firstName"));
        assertEquals("Erwan", api.admin().get("/api/v1/persons/" + personId).json().getString("firstName"));
    }

    @Test
    void anExpiredFormReturnsToItsPageWithAMessage() {
        browser.go("/login.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
        browser.go("/people/person.xhtml?id=" + personId);
        browser.click("#person\\:edit");
        browser.type("#person\\:firstName", "Jamais");
        // what a server restart or a long-closed laptop does to a form: its saved view is gone
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '1:1');");
        browser.click("#person\\:save");
        browser.waitForText("#messages", "Votre session a expiré");
        browser.waitForUrl("id=" + personId);
        browser.waitForText("#summaryName", "Goulven");
        assertTrue(!"Jamais".equals(api.admin().get("/api/v1/persons/" + personId).json().getString("firstName")));
    }

    @Test
    void theHomePageShowsTheRegistryFigures() {
        browser.go("/");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
        long households = api.admin().get("/api/v1/households?size=1").json().getJsonNumber("total").longValue();
        assertEquals(Long.toString(households), browser.text("#households-count"));
        browser.find("#newcomers canvas");
        browser.screenshot("registry-home");
    }

    @Test
    void thePersonSwitchesToEnglishThenLogsOut() {
        browser.go("/");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForText("h1", "Tableau de bord");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('menu:en').click()");
        browser.waitForText("h1", "Dashboard");
        browser.go("/people/households.xhtml");
        browser.waitForText("h1", "Households");

        js.executeScript("document.getElementById('menu:logout').click()");
        browser.waitForUrl("login.xhtml?bye=1");
        browser.go("/people/households.xhtml");
        browser.waitForUrl("login.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("next="), browser.driver().getCurrentUrl());

        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForText("h1", "Households"); // the choice was kept with the account
        assertEquals("EN", api.admin().get("/api/v1/accounts/" + animator.id()).json().getString("language"));
    }

    @Test
    void theAnimatorRegistersAnOrganisation() {
        browser.go("/people/organisation.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/organisation.xhtml");
        browser.type("#organisation\\:name", "Restaurant Le Potager " + tag);
        ((JavascriptExecutor) browser.driver()).executeScript("PF('organisationKind').selectValue('RESTAURANT')");
        browser.click("label[for='organisation:roles:0']");
        browser.type("#organisation\\:siret", "999 999 999 00018");
        browser.type("#organisation\\:phone", "12345");
        browser.type("#organisation\\:address_city", "Lorient");
        browser.click("#organisation\\:save");
        // both refusals at once, each beside its field, and what was typed is still there to correct
        browser.waitForText("#organisation", "clé de contrôle");
        browser.waitForText("#organisation", "N'est pas un numéro de téléphone");
        assertEquals("999 999 999 00018", browser.value("#organisation\\:siret"));
        assertEquals("12345", browser.value("#organisation\\:phone"));
        assertEquals("Restaurant Le Potager " + tag, browser.value("#organisation\\:name"));
        browser.type("#organisation\\:siret", "");
        browser.type("#organisation\\:phone", "02 97 21 00 00");
        browser.click("#organisation\\:save");
        browser.waitForText("#messages", "Enregistré");

        browser.go("/people/organisations.xhtml");
        browser.type("#organisations\\:q", "potager " + tag);
        browser.waitForText("#organisations\\:table", "Restaurant Le Potager " + tag);
        browser.waitForText("#organisations\\:table", "Client");
        assertEquals(1, api.admin().get("/api/v1/organisations?q=potager%20" + tag + "&role=CLIENT&kind=RESTAURANT")
                .json().getInt("total"));
    }

    @Test
    void theAnimatorAddsAMemberAndChangesTheMainContact() {
        long newcomer = api.admin().post("/api/v1/persons", Api.json("firstName", "Rozenn", "lastName", "Nouvelle" + tag)).id();
        long household = api.admin().get("/api/v1/persons/" + personId).json().getJsonNumber("householdId").longValue();
        browser.go("/people/household.xhtml?id=" + household);
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/household.xhtml");

        // each change of members is saved at once and says so: no Save button to forget
        browser.type("#householdMembers\\:newMember_input", "nouvelle" + tag);
        browser.click("#householdMembers\\:newMember_panel li.ui-autocomplete-item");
        browser.click("#householdMembers\\:add");
        browser.waitForText("#householdMembers\\:members", "Rozenn Nouvelle" + tag);
        browser.waitForText("#messages", "Rozenn Nouvelle" + tag + " fait maintenant partie du foyer.");
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[.//a[text()='Goulven Quéré" + tag + "']]//button[.//span[text()='Contact principal']]")).click();
        browser.waitForText("#messages", "Goulven Quéré" + tag + " est maintenant le contact principal du foyer.");
        browser.screenshot("household-member-added");

        browser.driver().navigate().refresh();
        browser.waitForText("#householdMembers\\:members", "Rozenn Nouvelle" + tag);
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.xpath("//tr[.//a[text()='Goulven Quéré" + tag
                + "']]//span[text()='Contact principal' and not(ancestor::button)]")).size() == 1,
                "the main contact's tag is on Goulven after a reload");
        var saved = api.admin().get("/api/v1/households/" + household).json();
        assertEquals(personId, saved.getJsonNumber("mainContactId").longValue());
        assertEquals(3, saved.getJsonArray("members").size());
        assertEquals(household, api.admin().get("/api/v1/persons/" + newcomer).json().getJsonNumber("householdId").longValue());
    }
}
