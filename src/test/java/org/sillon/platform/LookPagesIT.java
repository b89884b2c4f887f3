package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/**
 * How every page looks (issue 9): the menu, the brand beside the association's name, the icon, and one theme
 * in the brand's green.
 */
@ExtendWith(ArquillianExtension.class)
class LookPagesIT {

    /** The brand's green, --sillon-green in css/sillon.css. */
    private static final String GREEN = "#386641";

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private JavascriptExecutor js;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
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
    void aSubmenuOpenedByAClickAfterHoveringStaysOpen() {
        WebElement people = browser.driver().findElement(
                By.xpath("//a[contains(@class,'ui-submenu-link')][.//span[normalize-space()='Adhérents']]"));
        WebElement submenu = people.findElement(By.xpath("following-sibling::ul"));
        new Actions(browser.driver()).moveToElement(people).pause(Duration.ofMillis(400)).click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> submenu.isDisplayed());
        // still open once any delayed show or hide has run
        new Actions(browser.driver()).pause(Duration.ofMillis(800)).perform();
        assertTrue(submenu.isDisplayed(), "the submenu closed after its title was clicked");
        submenu.findElement(By.xpath(".//a[.//span[normalize-space()='Foyers']]")).click();
        browser.waitForText("h1", "Foyers");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theTopBarShowsTheBrandInLineWithTheMenuAndTheAssociationsName() {
        String association = api.admin().get("/api/v1/association").json().getString("name");
        browser.go("/people/persons.xhtml");
        browser.waitForText("h1", "Personnes");
        assertEquals(association, browser.text("#menu\\:association"));
        assertTrue(browser.driver().getTitle().contains(association), browser.driver().getTitle());
        assertTrue(browser.driver().getTitle().contains("Sillon"), browser.driver().getTitle());

        double brand = middle("#menu\\:brand");
        double home = middle("#menu .ui-menubar > ul > li:not(.ui-menubar-start) > a.ui-menuitem-link");
        assertTrue(Math.abs(brand - home) <= 3, "brand's middle at " + brand + ", the menu's at " + home);
        assertTrue(height("header.topbar") < 70, "the top bar is " + height("header.topbar") + " px tall");
    }

    @Test
    void theIconIsServedAsAnImageAndLinkedFromEveryPage() {
        for (String icon : List.of("/favicon.svg", "/favicon.ico", "/apple-touch-icon.png")) {
            Api.Reply reply = api.anonymous().get(icon);
            assertEquals(200, reply.status(), icon);
            assertTrue(reply.header("Content-Type").startsWith("image/"), icon + ": " + reply.header("Content-Type"));
        }
        assertEquals("image/svg+xml", api.anonymous().get("/favicon.svg").header("Content-Type").split(";")[0]);
        assertEquals(3L, js.executeScript("return document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]').length"));
        browser.go("/login.xhtml");
        assertEquals(3L, js.executeScript("return document.querySelectorAll('link[rel=icon], link[rel=apple-touch-icon]').length"));
    }

    @Test
    void buttonsAndTheCurrentPageAreInTheBrandsGreenNotSagasBlue() {
        // a person, so that the list has a page to show as current
        api.admin().post("/api/v1/persons", Api.json("firstName", "Gwenn", "lastName", "Couleur"));
        browser.go("/people/persons.xhtml");
        browser.waitForText("h1", "Personnes");
        assertEquals(GREEN, css("#persons\\:new", "background-color"));
        assertEquals(GREEN, css("#persons\\:new", "border-top-color"));
        String activePage = css("#persons\\:table .ui-paginator-page.ui-state-active", "background-color");
        assertEquals("#e4efe1", activePage);
        // the theme itself, not a rule here and there: no Saga blue left in it
        String theme = (String) js.executeScript(
                "return [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.href).find(h => h.includes('theme.css'))");
        assertTrue(theme.contains("primefaces-sillon"), theme);
        java.net.URI themeUri = java.net.URI.create(theme);
        String themeText = api.anonymous().get(themeUri.getRawPath() + "?" + themeUri.getRawQuery()).body();
        assertTrue(themeText.contains("#386641") && !themeText.toLowerCase().contains("#2196f3"),
                "the theme still has Saga's blue");
    }

    @Test
    void aListWithNothingToShowSaysSo() {
        String nothing = "zz" + java.util.UUID.randomUUID().toString().substring(0, 8);
        browser.go("/people/persons.xhtml?q=" + nothing);
        browser.waitForText("#persons\\:table_data", "Aucune personne ne correspond à cette recherche.");
        browser.go("/people/households.xhtml?q=" + nothing);
        browser.waitForText("#households\\:table_data", "Aucun foyer ne correspond à cette recherche.");
        browser.go("/people/organisations.xhtml?q=" + nothing);
        browser.waitForText("#organisations\\:table_data", "Aucune organisation ne correspond à cette recherche.");
    }

    private double middle(String css) {
        return ((Number) js.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.top + r.height / 2;", css)).doubleValue();
    }

    private double height(String css) {
        return ((Number) js.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().height;",
                css)).doubleValue();
    }

    private String css(String selector, String property) {
        return Color.fromString(browser.find(selector).getCssValue(property)).asHex();
    }
}
