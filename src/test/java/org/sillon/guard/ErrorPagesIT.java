package org.sillon.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;
import org.sillon.testing.failure.FailingAction;

/**
 * No raw server error page, ever (issue 9): a page that fails while rendering, in an action posted without
 * Ajax and in an Ajax action ends on Sillon's error page, in the person's language, naming nothing of the
 * exception; the API answers a problem document for a failure, an unknown address and a refused method.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    @ArquillianResource
    URL base;

    private Browser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyFailureOfAPageEndsOnSillonsErrorPageInThePersonsLanguage() {
        browser = Browser.open(base);
        Staff.Member animator = Staff.create(Api.at(base), "ANIMATOR");
        browser.go("/index.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");

        failEveryWay("Une erreur est survenue", "réessayez");
        browser.screenshot("error-page");

        browser.go("/index.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('menu:en').click()");
        browser.waitForText("h1", "Dashboard");
        failEveryWay("Something went wrong", "try again");
    }

    private void failEveryWay(String title, String detail) {
        browser.go("/failure.xhtml?render=fail");
        assertOnErrorPage(title, detail);

        browser.go("/failure.xhtml");
        browser.click("#failure\\:plain");
        assertOnErrorPage(title, detail);

        browser.go("/failure.xhtml");
        browser.click("#failure\\:ajax");
        browser.waitForUrl("/error/error.xhtml");
        assertOnErrorPage(title, detail);
    }

    private void assertOnErrorPage(String title, String detail) {
        browser.waitForText("h1", title);
        assertTrue(browser.text("#error-detail").contains(detail), browser.text("#error-detail"));
        String page = browser.driver().getPageSource();
        for (String internal : new String[] {FailingAction.INTERNALS, "Exception", "HTTP Status", "Payara", "at org."}) {
            assertFalse(page.contains(internal), internal + " in " + page);
        }
        // Sillon's page, whole: its menu and its way home
        browser.find("#menu");
        browser.find("main .ui-button");
    }

    @Test
    void theApiAnswersAProblemDocumentForAFailureAnUnknownAddressAndARefusedMethod() {
        Api.Reply failure = Api.at(base).admin().header("Accept-Language", "en").get("/api/test/failure");
        assertProblem(failure, 500);

        Api.Reply unknown = Api.at(base).admin().header("Accept-Language", "fr").get("/api/v1/nowhere");
        assertProblem(unknown, 404);
        assertEquals("Introuvable", unknown.json().getString("title"));

        Api.Reply refused = Api.at(base).admin().header("Accept-Language", "fr").delete("/api/v1/me");
        assertProblem(refused, 405);
        assertEquals("Méthode non autorisée", refused.json().getString("title"));
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals(status, reply.json().getInt("status"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains(FailingAction.INTERNALS), reply.body());
    }
}
