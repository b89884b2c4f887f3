package org.sillon.guard;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * The pages under their Content-Security-Policy, in a real browser: every page an administrator opens works
 * with nothing blocked, in French and in English; a tampered table request ends on Sillon's error page, in
 * the person's language and on a phone too, naming nothing of the server's internals.
 */
@ExtendWith(ArquillianExtension.class)
class GuardPagesIT {

    private static final List<String> PAGES = List.of("/index.xhtml", "/people/households.xhtml",
            "/people/persons.xhtml", "/people/organisations.xhtml", "/people/tasks.xhtml", "/people/duplicates.xhtml",
            "/people/import.xhtml", "/admin/accounts.xhtml", "/admin/tokens.xhtml", "/admin/outbox.xhtml",
            "/admin/audit.xhtml", "/admin/personal-data.xhtml", "/account/profile.xhtml");

    @ArquillianResource
    URL base;

    private Browser browser;
    private JavascriptExecutor js;

    @BeforeEach
    void open() {
        browser = Browser.open(base);
        js = (JavascriptExecutor) browser.driver();
        // a fresh administrator: the language each test switches to is remembered with the account
        Staff.Member admin = Staff.create(Api.at(base), "ADMIN");
        browser.go("/index.xhtml");
        browser.login(admin.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void everyPageWorksUnderItsPolicyWithNothingBlockedInBothLanguages() {
        long person = Api.at(base).admin().post("/api/v1/persons", Api.json("firstName", "Politique",
                "lastName", "Stricte " + UUID.randomUUID().toString().substring(0, 6))).id();
        for (String page : PAGES) {
            visit(page);
        }
        visit("/people/person.xhtml?id=" + person);
        // a script-driven widget still works: the language menu's inline handler became a nonce'd script
        visit("/index.xhtml");
        js.executeScript("document.getElementById('menu:en').click()");
        browser.waitForText("h1", "Dashboard");
        for (String page : PAGES) {
            visit(page);
        }
        visit("/index.xhtml");
        js.executeScript("document.getElementById('menu:fr').click()");
        browser.waitForText("h1", "Tableau de bord");
    }

    private void visit(String page) {
        browser.go(page);
        browser.find("h1");
        // the page's scripts have run: PrimeFaces registered the handlers that the policy moved out of the markup
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return !!(window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE)")));
        assertEquals(List.of(), browser.consoleErrors(), "console errors on " + page);
    }

    @Test
    void aTamperedAjaxRequestEndsOnSillonsErrorPageInThePersonsLanguageEvenOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.go("/people/persons.xhtml");
        browser.find("#persons\\:table");
        // the request the prober sent: a negative first row, which UIData refuses with an IllegalArgumentException
        js.executeScript("PrimeFaces.widgets['widget_persons_table'].paginate({first: -20, rows: 20, page: -1})");
        browser.waitForUrl("/error/error.xhtml");
        browser.waitForText("h1", "Une erreur est survenue");
        assertTrue(browser.text("#error-detail").contains("réessayez"), browser.text("#error-detail"));
        assertNoInternals(browser.driver().getPageSource());
        browser.screenshot("error-phone");

        browser.go("/people/persons.xhtml");
        js.executeScript("document.getElementById('menu:en').click()");
        browser.waitForText("h1", "Persons");
        js.executeScript("PrimeFaces.widgets['widget_persons_table'].paginate({first: 'abc', rows: 20, page: 0})");
        browser.waitForUrl("/error/error.xhtml");
        browser.waitForText("h1", "Something went wrong");
        assertNoInternals(browser.driver().getPageSource());
        assertEquals(List.of(), browser.consoleErrors());
        browser.click("main .ui-button");
        browser.waitForUrl("index.xhtml");
    }

    private static void assertNoInternals(String page) {
        for (String internal : new String[] {"Exception", "NumberFormat", "GRIZZLY", "Payara", "at org."}) {
            assertFalse(page.contains(internal), internal + " in " + page);
        }
    }
}
