package org.sillon.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.sillon.testing.Api;
import org.sillon.testing.Browser;
import org.sillon.testing.Staff;

/** The animator's follow-up in a real browser: a call logged on a person's page, a task seen late at home. */
@ExtendWith(ArquillianExtension.class)
class FollowUpPagesIT {

    @ArquillianResource
    URL base;

    private Api api;
    private Browser browser;
    private String tag;
    private Staff.Member animator;
    private long personId;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 6);
        animator = Staff.create(api, "ANIMATOR");
        personId = api.admin().post("/api/v1/persons", Api.json("firstName", "Maïwenn", "lastName", "Le Bihan" + tag)).id();
        browser = Browser.open(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnimatorLogsACallSetsHerselfATaskAndClosesItFromHome() {
        browser.signInAt("/people/person.xhtml?id=" + personId, animator.username(), Staff.PASSWORD);

        browser.click("#followupTimeline\\:logInteraction");
        browser.type("#followupInteraction\\:subject", "Appel panier " + tag);
        browser.type("#followupInteraction\\:notes", "Souhaite un panier solidaire");
        browser.click("#followupInteraction\\:saveInteraction");
        browser.waitForText("#followup", "Appel panier " + tag);

        String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.click("#followupTasks\\:addTask");
        browser.type("#followupTask\\:title", "Rappeler " + tag);
        // typed into the calendar's input as a person would paste it, without opening the calendar overlay
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('followupTask:dueOn_input').value = arguments[0];", yesterday);
        browser.click("#followupTask\\:saveTask");
        browser.waitForText("#followup", "Rappeler " + tag);
        browser.screenshot("followup-person");

        JsonObject call = api.admin().get("/api/v1/interactions?personId=" + personId).json().getJsonArray("items").getJsonObject(0);
        assertEquals("CALL", call.getString("kind"));
        assertEquals(animator.username(), call.getString("author"));

        JsonObject set = api.as(animator.token()).get("/api/v1/tasks?owner=me").json().getJsonArray("items").getJsonObject(0);
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString(), set.getString("dueOn"));
        assertTrue(set.getBoolean("late"));

        browser.go("/index.xhtml");
        assertTrue(browser.text("main").contains("Bonjour Test ANIMATOR"), "the greeting names the account, not its login");
        assertEquals("Test ANIMATOR", browser.text("#menu .ui-menubar > ul > li:last-child > a.ui-submenu-link").strip(),
                "the account's menu names the account, not its login");
        browser.waitForText("#my-tasks", "Rappeler " + tag);
        browser.waitForText("#my-tasks", "dont 1 en retard");
        assertTrue(browser.text("#my-tasks li.late").contains("En retard"));
        browser.screenshot("followup-home");
        browser.click("#myTasks .mark-done");
        browser.waitForText("#my-tasks", "Aucune tâche ouverte");
        assertFalse(browser.text("#my-tasks").contains("en retard"), "no 'dont 0 en retard' when none is late");

        JsonObject task = api.as(animator.token()).get("/api/v1/tasks?owner=me&state=done").json().getJsonArray("items").getJsonObject(0);
        assertEquals("Rappeler " + tag, task.getString("title"));
        assertEquals(personId, task.getJsonNumber("personId").longValue());
    }

    @Test
    void aTypedDueDateIsKeptAndEachTaskNamesWhomItConcernsAndItsOwner() {
        browser.signInAt("/people/person.xhtml?id=" + personId, animator.username(), Staff.PASSWORD);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        // typed over the pre-filled date as a person does: into the field, its text erased, then selected
        String erased = today.plusDays(20).format(day);
        browser.click("#followupTasks\\:addTask");
        browser.type("#followupTask\\:title", "Relancer " + tag);
        typeDate(Keys.chord(Keys.END) + Keys.BACK_SPACE.toString().repeat(10) + erased);
        browser.click("#followupTask\\:saveTask");
        browser.waitForText("#followup", "Relancer " + tag);
        assertEquals(erased, dueOf("Relancer " + tag));

        String selected = today.plusDays(30).format(day);
        browser.click("#followupTasks\\:addTask");
        browser.type("#followupTask\\:title", "Écrire " + tag);
        typeDate(Keys.chord(Keys.CONTROL, "a") + selected);
        browser.click("#followupTask\\:saveTask");
        browser.waitForText("#followup", "Écrire " + tag);
        assertEquals(selected, dueOf("Écrire " + tag));
        assertEquals(today.plusDays(30).toString(), api.as(animator.token()).get("/api/v1/tasks?owner=me&sort=dueOn,desc")
                .json().getJsonArray("items").getJsonObject(0).getString("dueOn"));

        // the owner by name, not by login, on the record's page, the home page and the tasks page
        assertTrue(browser.text("#followupTasks").contains("Test ANIMATOR"), browser.text("#followupTasks"));
        assertFalse(browser.text("#followupTasks").contains(animator.username()), browser.text("#followupTasks"));
        String name = "Maïwenn Le Bihan" + tag;
        browser.go("/index.xhtml");
        browser.waitForText("#my-tasks", "Relancer " + tag);
        assertEquals(name, browser.text("#my-tasks li.task a.about"));
        browser.click("#my-tasks li.task a.about");
        browser.waitForUrl("/people/person.xhtml?id=" + personId);

        browser.go("/people/tasks.xhtml");
        browser.waitForText("#tasks\\:table", "Relancer " + tag);
        assertTrue(browser.text("#tasks\\:table").contains("Test ANIMATOR"), browser.text("#tasks\\:table"));
        assertFalse(browser.text("#tasks\\:table").contains(animator.username()), browser.text("#tasks\\:table"));
        assertTrue(browser.text("#tasks\\:owner").contains("Test ANIMATOR"), browser.text("#tasks\\:owner"));
        browser.screenshot("tasks-page");
        browser.click("#tasks\\:table a.about");
        browser.waitForUrl("/people/person.xhtml?id=" + personId);

        browser.go("/people/tasks.xhtml");
        browser.find("#tasks\\:table");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var menu = PrimeFaces.widgets['widget_tasks_state']; menu.selectValue('DONE'); menu.triggerChange();");
        browser.waitForText("#tasks\\:table", "Aucune tâche ne correspond à ces filtres.");
    }

    /** Clicks into the task dialog's date, as a person does, and types these keys. */
    private void typeDate(String keys) {
        browser.find("#followupTask\\:dueOn_input").click();
        browser.find("#followupTask\\:dueOn_input").sendKeys(keys);
    }

    /** The due date the record's tasks card shows for the task with this title. */
    private String dueOf(String title) {
        return browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//*[@id='followupTasks']//li[strong[text()='" + title + "']]/span[@class='due']")).getText();
    }
}
