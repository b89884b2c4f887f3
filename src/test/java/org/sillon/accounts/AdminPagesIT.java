package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
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

/** The administrator's pages in a real browser: open a staff account, give it an API token, revoke it. */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {

    /** The bootstrap administrator's password in the test environment (see the failsafe configuration). */
    private static final String ADMIN_PASSWORD = "admin-test-password-1";

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = Browser.open(base);
        browser.go("/admin/accounts.xhtml");
        browser.login("admin", ADMIN_PASSWORD);
        browser.waitForUrl("/admin/accounts.xhtml");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theAdminOpensAStaffAccountWhichGetsItsWelcomeEmail() throws Exception {
        String username = Staff.unique("ui");
        browser.type("#newAccount\\:username", username);
        browser.type("#newAccount\\:displayName", "Rozenn Interface");
        browser.type("#newAccount\\:email", username + "@example.org");
        browser.click("label[for='newAccount:roles:1']");
        browser.type("#newAccount\\:password_input, #newAccount\\:password", "une phrase de passe assez longue");
        browser.clickAway();
        browser.click("#newAccount\\:create");
        browser.waitForText("#messages", "Compte créé");
        browser.waitForText("#accounts\\:table", username);

        MimeMessage mail = AccountsIT.awaitMail(username + "@example.org");
        assertEquals("Bienvenue dans Sillon, Rozenn Interface", mail.getSubject());
        Api.Reply me = Api.at(base).withCookie(org.sillon.testing.FormLogin.session(
                java.net.URI.create(base.toString()), username, "une phrase de passe assez longue")).get("/api/v1/me");
        assertEquals("ANIMATOR", me.json().getJsonArray("roles").getString(0));

        browser.go("/admin/outbox.xhtml");
        browser.type("#outbox\\:table\\:recipient\\:filter", username + "@example.org");
        browser.waitForText("#outbox\\:table", "Bienvenue dans Sillon, Rozenn Interface");
        browser.waitForText("#outbox\\:table", "Envoyé");
    }

    @Test
    void theAdminChangesTheRolesOfAnAccount() {
        Staff.Member member = Staff.create(Api.at(base), "GARDEN");
        browser.go("/admin/accounts.xhtml");
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[td[text()='" + member.username() + "']]//button")).click();
        browser.find("#editAccount\\:displayName");
        browser.click("label[for='editAccount:roles:2']");
        browser.click("#editAccount\\:save");
        browser.waitForText("#messages", "Enregistré");
        assertEquals(1, shown("Enregistré"), "said once, at the top of the page, not again in the dialog");
        var roles = Api.at(base).admin().get("/api/v1/accounts/" + member.id()).json().getJsonArray("roles");
        assertEquals(2, roles.size(), roles.toString());
        assertTrue(roles.toString().contains("TREASURER"), roles.toString());
    }

    @Test
    void theAdminLinksAnAccountToThePersonItBelongsTo() {
        String tag = Staff.unique("portail").substring(8).replaceAll("[0-9]", "q");
        long person = Api.at(base).admin().post("/api/v1/persons", Api.json("firstName", "Nolwenn",
                "lastName", "Portail" + tag)).id();
        Staff.Member adherent = Staff.create(Api.at(base), "ADHERENT");
        browser.go("/admin/accounts.xhtml");
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[td[text()='" + adherent.username() + "']]//button")).click();
        browser.type("#editPerson\\:personId_input", "portail" + tag);
        browser.click("#editPerson\\:personId_panel li.ui-autocomplete-item");
        browser.click("#editPerson\\:link");
        browser.waitForText("#messages", "Compte lié à la personne");
        assertEquals(1, shown("Compte lié à la personne"), "said once, not again in the dialog");
        browser.waitForText("#accounts\\:table", "Nolwenn Portail" + tag);
        assertEquals(person, Api.at(base).admin().get("/api/v1/accounts/" + adherent.id()).json()
                .getJsonNumber("personId").longValue());
        browser.screenshot("account-person");

        browser.click("#editPerson\\:unlink");
        browser.waitForText("#messages", "n'appartient plus à aucune personne");
        assertTrue(Api.at(base).admin().get("/api/v1/accounts/" + adherent.id()).json().isNull("personId"));
    }

    @Test
    void aRefusedAccountShowsTheMessageBesideTheField() {
        browser.type("#newAccount\\:username", Staff.unique("short"));
        browser.type("#newAccount\\:displayName", "Mot de passe court");
        browser.click("label[for='newAccount:roles:3']");
        browser.type("#newAccount\\:password_input, #newAccount\\:password", "court");
        browser.clickAway();
        browser.click("#newAccount\\:create");
        browser.waitForText("#newAccount", "Au moins 12 caractères.");
    }

    @Test
    void theAdminCreatesATokenSeesItOnceAndRevokesIt() {
        Staff.Member garden = Staff.create(Api.at(base), "GARDEN");
        browser.go("/admin/tokens.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript("PF('tokenAccount').selectValue(arguments[0])",
                garden.username());
        browser.type("#newToken\\:name", "Tableur de l'équipe jardin");
        browser.click("#newToken\\:create");
        String secret = browser.text("#newToken\\:secretValue");
        assertTrue(secret.startsWith("sil_"), secret);
        assertEquals(200, Api.at(base).as(secret).get("/api/v1/me").status());

        browser.go("/admin/tokens.xhtml");
        assertTrue(!browser.driver().getPageSource().contains(secret), "the secret is shown once only");
        browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[td[text()=\"Tableur de l'équipe jardin\"] and td[text()='" + garden.username() + "']]//button"))
                .click();
        browser.waitForText("#messages", "Enregistré");
        assertEquals(401, Api.at(base).as(secret).get("/api/v1/me").status());
    }

    @Test
    void theAuditPageNamesTheTokenAChangeWasMadeWith() {
        Staff.Member garden = Staff.create(Api.at(base), "GARDEN"); // through the API, with the admin's token
        browser.go("/admin/audit.xhtml?type=Account&id=" + garden.id());
        browser.waitForText("#audit\\:table", "Compte n°" + garden.id());
        browser.waitForText("#audit\\:table", "admin (jeton n°");
        browser.waitForText("#audit\\:table", "« bootstrap »");
    }

    /** A moment as every page writes it in French: "01/12/2026 à 14:05", in Paris time. */
    private static final java.util.regex.Pattern FRENCH_MOMENT = java.util.regex.Pattern.compile(
            "\\d{2}/\\d{2}/\\d{4} à \\d{2}:\\d{2}");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void theAdminPagesWriteDatesAndTimesInFrenchInParisTime() {
        String lastLogin = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[td[text()='admin']]/td[6]")).getText();
        assertTrue(FRENCH_MOMENT.matcher(lastLogin).find(), lastLogin);
        String paris = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(lastLogin.startsWith(paris), lastLogin + ", today in Paris " + paris);
        assertNoIsoDate(browser.text("#accounts\\:table"));

        browser.go("/admin/tokens.xhtml");
        String tokens = browser.text("#tokens\\:table");
        assertTrue(FRENCH_MOMENT.matcher(tokens).find(), tokens);
        assertNoIsoDate(tokens);

        browser.go("/admin/outbox.xhtml");
        browser.type("#outbox\\:table\\:recipient\\:filter", "personne@nulle-part.example");
        browser.waitForText("#outbox\\:table", "Aucun courriel.");
    }

    @Test
    void theAuditTrailNamesFieldsAndRecordsInWordsAndWritesDatesInFrench() {
        String tag = Staff.unique("audit").substring(6).replaceAll("[0-9]", "x");
        long person = Api.at(base).admin().post("/api/v1/persons", Api.json("civility", "MRS", "firstName", "Léa",
                "lastName", "Journal" + tag, "joinedOn", "2026-03-04", "source", "WORD_OF_MOUTH")).id();
        long note = Api.at(base).admin().post("/api/v1/persons/" + person + "/notes", Api.json("text", "Appelée")).id();

        browser.go("/admin/audit.xhtml?type=Person&id=" + person);
        browser.waitForText("#audit\\:table", "Léa Journal" + tag + " (personne n°" + person + ")");
        String table = browser.text("#audit\\:table");
        assertTrue(table.contains("Prénom : — → Léa"), table);
        assertTrue(table.contains("Date d'adhésion : — → 04/03/2026"), table);
        assertTrue(FRENCH_MOMENT.matcher(table).find(), table);
        assertNoIsoDate(table);
        assertFalse(table.contains("firstName"), table);
        // codes read as the form's menus read them
        assertTrue(table.contains("Mme"), table);
        assertTrue(table.contains("Bouche-à-oreille"), table);
        assertFalse(table.contains("MRS") || table.contains("WORD_OF_MOUTH"), table);
        browser.screenshot("audit-labels");

        browser.go("/admin/audit.xhtml?type=PersonNote&id=" + note);
        browser.waitForText("#audit\\:table", "Note de Léa Journal" + tag + " (n°" + note + ")");
        table = browser.text("#audit\\:table");
        assertTrue(table.contains("Personne : — → " + person), table);
        assertTrue(table.contains("Auteur : — → admin"), table);
        assertFalse(table.contains("PersonNote") || table.contains("writtenAt"), table);
        assertNoIsoDate(table);

        // the note's line leads to the person it is about
        browser.click("#audit\\:table a[href*='person.xhtml?id=" + person + "']");
        browser.waitForUrl("/people/person.xhtml?id=" + person);

        // a record deleted since is named by its kind and number, without a link
        Api.at(base).admin().delete("/api/v1/persons/" + person + "/notes/" + note);
        browser.go("/admin/audit.xhtml?type=PersonNote&id=" + note);
        browser.waitForText("#audit\\:table", "Suppression");
        assertTrue(browser.text("#audit\\:table").contains("Note n°" + note), browser.text("#audit\\:table"));
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#audit\\:table tbody a")).isEmpty());

        browser.go("/admin/audit.xhtml?type=Person&id=999999999");
        browser.waitForText("#audit\\:table", "Aucun événement ne correspond à ces filtres.");
    }

    private static void assertNoIsoDate(String text) {
        assertFalse(ISO.matcher(text).find(), text);
    }

    /** How many times the page says this text, wherever it is visible. */
    private int shown(String text) {
        String page = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText");
        return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
