package org.sillon.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
