package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Each message once, where it belongs (issue 9): a refused login, a saved form, a call logged in its dialog
 * (at the top of the page, not again inside the tasks card), and not again at the next action.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesPagesIT {

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
    void eachMessageShowsOnceInItsPlace() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        long person = api.admin().post("/api/v1/persons", Api.json("firstName", "Unique", "lastName", "Message" + tag)).id();

        browser.go("/people/person.xhtml?id=" + person);
        browser.waitForUrl("login.xhtml");
        browser.login(animator.username(), "not the password");
        browser.waitForText("#login\\:messages", "Identifiant ou mot de passe incorrect.");
        assertEquals(1, shown("Identifiant ou mot de passe incorrect."), pageText());

        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/person.xhtml");
        browser.click("#person\\:edit");
        browser.click("#person\\:save");
        browser.waitForText("#messages", "Enregistré.");
        assertEquals(1, shown("Enregistré."), pageText());

        // a call logged in its dialog: said at the top of the page, once, and not inside the tasks card
        browser.click("#followupTimeline\\:logInteraction");
        browser.type("#followupInteraction\\:subject", "Appel unique " + tag);
        browser.click("#followupInteraction\\:saveInteraction");
        browser.waitForText("#followup", "Appel unique " + tag);
        browser.waitForText("#messages", "Enregistré.");
        assertEquals(1, shown("Enregistré."), pageText());
        assertFalse(browser.text("#followupTasks").contains("Enregistré"), browser.text("#followupTasks"));

        // the next action says its own message, not the previous one again
        browser.click("#followupTasks\\:addTask");
        browser.type("#followupTask\\:title", "Rappeler " + tag);
        browser.click("#followupTask\\:saveTask");
        browser.waitForText("#followup", "Rappeler " + tag);
        assertEquals(1, shown("Enregistré."), pageText());
        browser.screenshot("messages-once");

    }

    private String pageText() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.innerText");
    }

    private int shown(String text) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(pageText());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
