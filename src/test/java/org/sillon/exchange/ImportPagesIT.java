package org.sillon.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;
import org.sillon.testing.XlsxFiles;

/**
 * The animator imports a CSV in a real browser, fixes a column the guess missed and finds the new household;
 * a workbook past the import's limits is refused beside the file field, in French.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPagesIT {

    @ArquillianResource
    URL base;

    private Browser browser;
    private Staff.Member animator;
    private String tag;
    private Path csv;

    @BeforeEach
    void setUp() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 8);
        animator = Staff.create(Api.at(base), "ANIMATOR");
        csv = Files.createTempFile("adherents-", ".csv");
        Files.writeString(csv, "Prénom;Patronyme;Courriel;Adresse;CP;Ville\n"
                + "Gwenola;Le Bihan;gwenola." + tag + "@example.org;2 rue du Four " + tag + ";29300;Quimperlé\n"
                + "Erwan;Le Bihan;erwan." + tag + "@example.org;2 rue du Four " + tag + ";29300;Quimperlé\n",
                StandardCharsets.UTF_8);
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(csv);
    }

    @Test
    void theAnimatorImportsACsvFixesTheMappingAndSeesTheNewHouseholds() {
        browser.signInAt("/people/households.xhtml", animator.username(), Staff.PASSWORD);
        browser.click("#households\\:import");

        browser.waitForUrl("/people/import.xhtml");
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.waitForText("#import\\:columns", "Patronyme");
        browser.waitForText("#import\\:preview", "Erreur"); // no last name: every row is in error
        new Select(browser.find("#import\\:columns\\:1\\:target")).selectByValue("lastName");
        browser.waitForText("#import\\:preview", "À créer");
        browser.screenshot("import-preview");
        browser.click("#import\\:run");
        browser.waitForText("#import\\:report", "Import terminé");
        browser.waitForText("#import\\:report", "Personnes créées : 2");
        browser.screenshot("import-report");

        browser.clickLink("Voir la liste des foyers");
        browser.waitForUrl("/people/households.xhtml");
        browser.type("#households\\:q", "gwenola." + tag);
        browser.waitForText("#households\\:table", "Foyer LE BIHAN");
    }

    /** Logs the animator in on the import page and uploads {@code content} as a CSV file. */
    private void upload(String content) throws Exception {
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        browser.signInAt("/people/import.xhtml", animator.username(), Staff.PASSWORD);
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        browser.waitForText("#import\\:columns", "Courriel");
    }

    @Test
    void theJoinDateIsNamedAsOnThePersonPageAndTheReportNamesFieldsByTheirLabels() throws Exception {
        upload("Prénom;Nom;Courriel;Date d'adhésion\nAnne;Kerleau" + tag + ";pas-un-courriel;15/09/2022\n");
        assertEquals("Date d'adhésion", new Select(browser.find("#import\\:columns\\:3\\:target"))
                .getFirstSelectedOption().getText());
        browser.waitForText("#import\\:preview", "Courriel : ");
        browser.click("#import\\:run");
        browser.waitForText("#import\\:report", "Import refusé");
        assertEquals("Courriel", browser.text("#import\\:lines tbody tr td:nth-child(3)"));
    }

    @Test
    void theMappingChoosesTheStatusOfTheHouseholds() throws Exception {
        upload("Prénom;Nom;Courriel\nMaela;Kerleau" + tag + ";maela." + tag + "@example.org\n");
        WebElement select = browser.find("#import\\:householdStatus");
        Select status = new Select(select);
        assertTrue(status.getFirstSelectedOption().getText().startsWith("Selon la date d'adhésion"),
                status.getFirstSelectedOption().getText());
        status.selectByValue("ACTIVE");
        // the choice is sent at once: the form comes back with it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(select));
        assertEquals("ACTIVE", new Select(browser.find("#import\\:householdStatus")).getFirstSelectedOption()
                .getDomProperty("value"));
        browser.click("#import\\:run");
        browser.waitForText("#import\\:report", "Import terminé");
        Api api = Api.at(base).admin();
        JsonObject maela = api.get("/api/v1/persons?email=maela." + tag + "@example.org").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("ACTIVE", api.get("/api/v1/households/" + maela.getJsonNumber("householdId")).json()
                .getString("status"));
    }

    @Test
    void aWorkbookThatUnpacksPastTheLimitsIsRefusedBesideTheFileField() throws Exception {
        Path bomb = Files.createTempFile("cellule-", ".xlsx");
        try {
            Files.write(bomb, XlsxFiles.inflatedCell(200_000_000L));
            browser.signInAt("/people/import.xhtml", animator.username(), Staff.PASSWORD);
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(bomb.toString());
            browser.waitForText("#import\\:fileMessages",
                    "la partie xl/worksheets/sheet1.xml est compressée plus de 100 fois (limite sillon.imports.max-ratio)");
        } finally {
            Files.deleteIfExists(bomb);
        }
    }
}
