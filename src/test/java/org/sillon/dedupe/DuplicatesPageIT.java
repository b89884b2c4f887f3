package org.sillon.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The animator finds a likely duplicate, compares the two records and merges them. */
@ExtendWith(ArquillianExtension.class)
class DuplicatesPageIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorComparesAPairAndMergesIt() {
        Staff.Member animator = Staff.create(api, "ANIMATOR");
        // same name and same landline: a pair that ranks above the many same-name pairs other tests leave behind
        long first = api.admin().post("/api/v1/persons", Api.json("firstName", "Maïwenn", "lastName", "Kerbrat" + tag,
                "mobilePhone", "06 45 45 45 45", "phone", "02 97 00 00 01")).id();
        long second = api.admin().post("/api/v1/persons", Api.json("firstName", "Maiwenn", "lastName", "KERBRAT" + tag,
                "email", "maiwenn." + tag + "@example.org", "phone", "02 97 00 00 01")).id();

        browser.go("/people/duplicates.xhtml");
        browser.login(animator.username(), Staff.PASSWORD);
        browser.waitForUrl("/people/duplicates.xhtml");
        browser.type("#duplicates\\:minScore_input", "50");
        browser.clickAway();
        waitForAjax();
        // pairs other tests left (an imported list's homonyms score 100) may rank above this one: page on
        for (int page = 1; !browser.text("#duplicates\\:table_data").contains("Kerbrat" + tag); page++) {
            assertTrue(page < 10, "the pair is listed");
            browser.click("#duplicates\\:table .ui-paginator-next");
            waitForAjax();
        }
        String row = "//tr[.//a[contains(text(), 'Kerbrat" + tag + "')]]";
        assertEquals(true, browser.driver().findElement(By.xpath(row)).getText().contains("Même nom"));
        browser.driver().findElement(By.xpath(row + "//button[.//span[text()='Comparer']]")).click();

        browser.waitForText("#duplicates\\:comparison", "maiwenn." + tag + "@example.org");
        browser.screenshot("duplicates-compare");
        // the second record survives; the first one's mobile phone fills its blank, its first name is chosen
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), 'Fiche 2')]")).click();
        browser.driver().findElement(By.xpath("//tr[td[1][normalize-space(.)='Prénom']]//div[contains(@class,'ui-chkbox-box')]")).click();
        browser.click("#duplicates\\:merge");

        browser.waitForUrl("/people/person.xhtml?id=" + second);
        browser.waitForText("#messages", "Fiches fusionnées");
        browser.waitForText("#summaryName", "Maïwenn");
        browser.waitForText("#summaryContact", "06 45 45 45 45");
        assertEquals(404, api.admin().get("/api/v1/persons/" + first).status());
    }

    private void waitForAjax() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
    }
}
