package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * The pages a new user sees first, as the animator sees them, on a desktop and on a 390 × 844 phone: saved
 * as screenshots under target/screenshots, or in the folder that {@code -Dsillon.screenshots} names
 * ({@code -Dsillon.screenshots=docs/screenshots -Dit.test=ScreenshotsIT} retakes the documentation's). The
 * phone's list is also measured: a one-line top bar, nothing wider than the screen, several cards a screen.
 */
@ExtendWith(ArquillianExtension.class)
class ScreenshotsIT {

    private static final int HOUSEHOLDS = 8;

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private JavascriptExecutor js;
    private String tag;
    private final List<Long> persons = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        // half the households have no town: their card must not show an empty place for it
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String person = Api.json("firstName", "Maëlle", "lastName", "Carte" + tag + (char) ('a' + i),
                    "email", "carte" + tag + i + "@example.org", "address", i % 2 == 0 ? jakarta.json.Json
                            .createObjectBuilder().add("line1", "3 chemin des Courtils").add("postalCode", "29300")
                            .add("city", "Quimperlé").build() : null);
            long id = api.admin().post("/api/v1/persons", person).id();
            persons.add(id);
            api.admin().post("/api/v1/households", Api.json("mainContactId", id));
        }
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        browser = Browser.open(base);
        js = (JavascriptExecutor) browser.driver();
        browser.go("/index.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("index.xhtml");
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFirstPagesOnADesktop() {
        browser.find("h1");
        save("home");
        browser.go("/people/households.xhtml?q=carte" + tag);
        browser.waitForText("#households\\:table_data", "CARTE" + tag.toUpperCase() + "H");
        save("households");
        browser.go("/people/person.xhtml?id=" + persons.get(0));
        browser.waitForText("h1", "Maëlle");
        save("person");
        browser.go("/people/duplicates.xhtml");
        browser.find("#duplicates\\:table");
        save("duplicates");
        browser.go("/people/import.xhtml");
        browser.find("h1");
        save("import");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theHouseholdsListOnAPhoneIsOneCardPerHouseholdUnderAOneLineBar() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.go("/index.xhtml");
        browser.find("h1");
        save("home-phone");
        browser.go("/people/households.xhtml?q=carte" + tag);
        browser.waitForText("#households\\:table_data", "CARTE" + tag.toUpperCase() + "H");
        save("households-phone");

        long width = number("return window.innerWidth");
        long height = number("return window.innerHeight");
        assertTrue(width <= 390, "the window is " + width + " px wide");
        assertTrue(number("return document.querySelector('header.topbar').getBoundingClientRect().height") < 70,
                "the top bar wraps");
        assertTrue(number("return document.documentElement.scrollWidth") <= width, "the page scrolls sideways");
        long cards = number("return [...document.querySelectorAll('#households\\\\:table_data > tr')]"
                + ".filter(r => r.getBoundingClientRect().bottom <= arguments[0]).length", height);
        assertTrue(cards >= 4, cards + " households on the first screen");
        // a card: the household's name, then its town when it has one and its status, the rest left out
        String upper = tag.toUpperCase();
        assertEquals("Foyer CARTE" + upper + "A | Quimperlé · Prospect", card("households", "CARTE" + upper + "A"));
        assertEquals("Foyer CARTE" + upper + "B | Prospect", card("households", "CARTE" + upper + "B"));
        // a person's card: the name, then the town and household
        browser.go("/people/persons.xhtml?q=carte" + tag);
        browser.waitForText("#persons\\:table_data", "Carte" + tag + "h");
        save("persons-phone");
        assertEquals("Carte" + tag + "a Maëlle | Quimperlé · Foyer CARTE" + upper + "A", card("persons", "Carte" + tag + "a"));
        assertEquals("Carte" + tag + "b Maëlle | Foyer CARTE" + upper + "B", card("persons", "Carte" + tag + "b"));

        // the account's menu, at the bar's far end, opens within the screen
        browser.click("#menu .ui-menubar > ul > li:last-child > a.ui-submenu-link");
        browser.find("#menu .ui-menubar > ul > li:last-child > ul.ui-menu-child");
        assertTrue(number("return document.querySelector('#menu .ui-menubar > ul > li:last-child > ul.ui-menu-child')"
                + ".getBoundingClientRect().right") <= width, "the account's menu overflows the screen");
        save("menu-phone");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** A card as it reads: its title, then its second line with the separators the style sheet draws. */
    private String card(String list, String name) {
        return (String) js.executeScript("""
                const row = [...document.querySelectorAll('#' + arguments[0] + '\\\\:table_data > tr')]
                    .find(r => r.textContent.includes(arguments[1]));
                const shown = [...row.cells].filter(c => getComputedStyle(c).display !== 'none');
                const text = c => {
                    const before = getComputedStyle(c, '::before').content;
                    return (before === 'none' ? '' : JSON.parse(before)) + c.innerText.trim();
                };
                return shown.filter(c => c.classList.contains('card-title')).map(text).join(' ') + ' | '
                    + shown.filter(c => c.classList.contains('card-line')).map(text).join(' ');
                """, list, name);
    }

    private long number(String script, Object... arguments) {
        return ((Number) js.executeScript(script, arguments)).longValue();
    }

    private void save(String name) {
        String folder = System.getProperty("sillon.screenshots");
        Path base = Path.of(System.getProperty("sillon.basedir", "."));
        browser.screenshot(folder == null ? base.resolve("target/screenshots") : base.resolve(folder), name);
    }
}
