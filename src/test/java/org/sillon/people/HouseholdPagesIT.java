package org.sillon.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * Households as each role meets them in a browser: the unsaved-changes guard of the household form, a new
 * household from the list, a household found through a member, read-only roles reading text, and the garden
 * team keeping delivery instructions without seeing the duplicates.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private long person(String first, String last) {
        return api.admin().post("/api/v1/persons", Api.json("firstName", first, "lastName", last)).id();
    }

    private long household(String name, long mainContact, List<Long> members) {
        return api.admin().post("/api/v1/households", Api.json("name", name, "mainContactId", mainContact,
                "memberIds", members, "deliveryAddress", jakarta.json.Json.createObjectBuilder().add("line1", "3 rue du Blavet")
                        .add("postalCode", "56700").add("city", "Hennebont").build(), "deliveryInstructions", "sonner")).id();
    }

    private void openAs(String role, String path) {
        Staff.Member member = Staff.create(api, role);
        browser.go(path);
        browser.login(member.username(), Staff.PASSWORD);
        browser.waitForUrl(path.replaceFirst("\\?.*", ""));
    }

    private Alert alert() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    }

    @Test
    void aFormWithUnsavedChangesSaysSoAndAsksBeforeLeaving() {
        long main = person("Nolwenn", "Garde" + tag);
        long household = household("Foyer Garde " + tag, main, List.of());
        openAs("ANIMATOR", "/people/household.xhtml?id=" + household);
        assertTrue(browser.driver().findElements(By.cssSelector("#household .unsaved-hint")).isEmpty());

        browser.type("#household\\:name", "Foyer Garde-Le Goff " + tag);
        browser.waitForText("#household .unsaved-hint", "Modifications non enregistrées");
        browser.screenshot("household-unsaved");

        // a link of the page asks first; saying no stays on the page with what was typed
        browser.clickLink("Nolwenn Garde" + tag);
        Alert asked = alert();
        assertEquals("Des modifications de cette page ne sont pas enregistrées. Quitter la page quand même ?",
                asked.getText());
        asked.dismiss();
        assertTrue(browser.driver().getCurrentUrl().contains("/people/household.xhtml"));
        assertEquals("Foyer Garde-Le Goff " + tag, browser.value("#household\\:name"));

        // saving clears it: no question on the way out
        browser.click("#household\\:save");
        browser.waitForText("#messages", "Enregistré");
        assertTrue(browser.driver().findElements(By.cssSelector("#household .unsaved-hint")).isEmpty());
        browser.clickLink("Nolwenn Garde" + tag);
        browser.waitForUrl("/people/person.xhtml");
        assertEquals("Foyer Garde-Le Goff " + tag, api.admin().get("/api/v1/households/" + household).json().getString("name"));

        // and leaving a changed form is still possible once confirmed
        browser.go("/people/household.xhtml?id=" + household);
        browser.type("#household\\:deliveryInstructions", "au fond de la cour");
        browser.waitForText("#household .unsaved-hint", "Modifications non enregistrées");
        browser.clickLink("Nolwenn Garde" + tag);
        alert().accept();
        browser.waitForUrl("/people/person.xhtml");
        assertEquals("sonner", api.admin().get("/api/v1/households/" + household).json().getString("deliveryInstructions"));
    }

    @Test
    void aMemberAddedToAHouseholdChangedMeanwhileIsRefusedClearlyThenAddedOnceReloaded() {
        long main = person("Anna", "Perimee" + tag);
        long household = household("Foyer Perimee " + tag, main, List.of());
        person("Bleuenn", "Tardive" + tag);
        openAs("ANIMATOR", "/people/household.xhtml?id=" + household);

        Api.Reply read = api.admin().get("/api/v1/households/" + household);
        assertEquals(200, api.admin().header("If-Match", read.etag()).put("/api/v1/households/" + household,
                Api.json("name", "Foyer Perimee renommé " + tag, "mainContactId", main)).status());

        browser.type("#householdMembers\\:newMember_input", "tardive" + tag);
        browser.click("#householdMembers\\:newMember_panel li.ui-autocomplete-item");
        browser.click("#householdMembers\\:add");
        browser.waitForText("#messages", "Quelqu'un d'autre a modifié cette fiche");
        browser.waitForText("#householdMembers\\:members", "Anna Perimee" + tag);
        assertFalse(browser.text("#householdMembers\\:members").contains("Bleuenn"));
        assertEquals("Foyer Perimee renommé " + tag, browser.value("#household\\:name"), "the page shows what is stored");

        browser.type("#householdMembers\\:newMember_input", "tardive" + tag);
        browser.click("#householdMembers\\:newMember_panel li.ui-autocomplete-item");
        browser.click("#householdMembers\\:add");
        browser.waitForText("#messages", "Bleuenn Tardive" + tag + " fait maintenant partie du foyer.");
        assertEquals(2, api.admin().get("/api/v1/households/" + household).json().getJsonArray("members").size());
    }

    @Test
    void theAnimatorCreatesAHouseholdFromTheList() {
        person("Maëlle", "Neuve" + tag);
        openAs("ANIMATOR", "/people/households.xhtml");

        browser.click("#households\\:new");
        browser.type("#newHousehold\\:name", "Foyer Neuve " + tag);
        browser.type("#newHousehold\\:mainContactId_input", "neuve" + tag);
        browser.click("#newHousehold\\:mainContactId_panel li.ui-autocomplete-item");
        browser.click("#newHousehold\\:create");

        browser.waitForUrl("/people/household.xhtml?id=");
        browser.waitForText("#messages", "Enregistré");
        assertEquals("Foyer Neuve " + tag, browser.value("#household\\:name"));
        browser.waitForText("#householdMembers\\:members", "Maëlle Neuve" + tag);
        assertEquals(1, api.admin().get("/api/v1/households?q=neuve%20" + tag).json().getInt("total"));
    }

    @Test
    void aHouseholdFoundThroughAMemberShowsWhichMember() {
        long main = person("Yann", "Kerleau" + tag);
        long lea = person("Léa", "Martin" + tag);
        household("Foyer Kerleau " + tag, main, List.of(lea));
        openAs("TREASURER", "/people/households.xhtml");

        browser.type("#households\\:q", "léa martin" + tag);
        browser.waitForText("#households\\:table_data", "Foyer Kerleau " + tag);
        browser.waitForText("#households\\:table_data", "membre : Léa Martin" + tag);
        browser.screenshot("households-matched-member");

        // found by its own name, the household names no member
        browser.type("#households\\:q", "kerleau " + tag);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.cssSelector("#households\\:table_data")).getText().contains("membre :"));
        browser.waitForText("#households\\:table_data", "Foyer Kerleau " + tag);
    }

    @Test
    void aReadOnlyRoleReadsTheHouseholdAndTheOrganisationAsText() {
        long main = person("Tristan", "Lecture" + tag);
        long household = household("Foyer Lecture " + tag, main, List.of());
        openAs("TREASURER", "/people/household.xhtml?id=" + household);

        assertEquals("Foyer Lecture " + tag, browser.text("#household\\:nameText"));
        assertTrue(browser.text("#household\\:deliveryAddressText").startsWith("3 rue du Blavet, 56700 Hennebont"));
        assertEquals("sonner", browser.text("#household\\:deliveryInstructionsText"));
        assertTrue(browser.driver().findElements(By.cssSelector("#household input:not([type=hidden]), #household textarea"))
                .isEmpty(), "no greyed-out inputs");
        assertTrue(browser.driver().findElements(By.cssSelector("#household\\:save")).isEmpty());
        browser.screenshot("household-read-only");

        long organisation = api.admin().post("/api/v1/organisations", Api.json("name", "Épicerie Lecture " + tag,
                "kind", "COMPANY", "phone", "02 97 00 00 00")).id();
        browser.go("/people/organisation.xhtml?id=" + organisation);
        browser.waitForText("#organisation\\:readOnly", "Épicerie Lecture " + tag);
        browser.waitForText("#organisation\\:readOnly", "02 97 00 00 00");
        assertTrue(browser.driver().findElements(By.cssSelector("#organisation input:not([type=hidden]), #organisation select"))
                .isEmpty(), "no greyed-out inputs");
    }

    @Test
    void theGardenTeamKeepsDeliveryInstructionsAndDoesNotSeeTheDuplicates() {
        long main = person("Erwan", "Livraison" + tag);
        long household = household("Foyer Livraison " + tag, main, List.of());
        Staff.Member garden = Staff.create(api, "GARDEN");
        browser.go("/people/household.xhtml?id=" + household);
        browser.login(garden.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/household.xhtml");

        assertEquals("Foyer Livraison " + tag, browser.text("#household\\:nameText"));
        browser.type("#household\\:deliveryInstructions", "boîte verte derrière le portail");
        browser.click("#household\\:save");
        browser.waitForText("#messages", "Enregistré");
        assertEquals("boîte verte derrière le portail", browser.value("#household\\:deliveryInstructions"));
        var saved = api.admin().get("/api/v1/households/" + household).json();
        assertEquals("boîte verte derrière le portail", saved.getString("deliveryInstructions"));
        assertEquals("Foyer Livraison " + tag, saved.getString("name"));
        assertEquals("Hennebont", saved.getJsonObject("deliveryAddress").getString("city"));

        // the duplicates are not the garden team's: no menu item, a refusal page, a refused API
        assertTrue(browser.driver().findElements(By.cssSelector("#menu a[href*='duplicates']")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains("/people/duplicates"));
        browser.go("/people/duplicates.xhtml");
        browser.waitForText("#forbidden", "Votre rôle ne donne pas accès à cette page.");
        assertEquals(403, api.as(garden.token()).get("/api/v1/duplicates").status());
    }
}
