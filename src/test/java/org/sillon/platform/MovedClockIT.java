package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sillon.testing.Api;
import org.sillon.testing.FormLogin;
import org.sillon.testing.MovedClock;
import org.sillon.testing.Staff;
import org.sillon.testing.TestServices;

/**
 * The application's clock moved to another day (see {@link MovedClock}): facades, stamped columns, pages, file
 * names, the audit trail and the outbox poller all live on that day, and all return to real time after.
 */
@ExtendWith(ArquillianExtension.class)
class MovedClockIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** 31 January next year: a month's end, in the future so that the poller's "due" is tested too. */
    private static final LocalDate JANUARY_31 = Year.now(PARIS).plusYears(1).atMonth(1).atDay(31);

    @ArquillianResource
    URL base;

    private Api api;
    private String tag;

    @BeforeEach
    void setUp() {
        api = Api.at(base);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate day(JsonObject json, String field) {
        return Instant.parse(json.getString(field)).atZone(PARIS).toLocalDate();
    }

    @Test
    void theShippedWarHasNoWayToMoveTheClock() throws IOException {
        File war = new File(System.getProperty("sillon.basedir", "."), "target/sillon.war");
        try (ZipFile zip = new ZipFile(war)) {
            List<String> testing = zip.stream().map(e -> e.getName())
                    .filter(n -> n.contains("org/sillon/testing/") || n.contains("MovableClock")).toList();
            assertEquals(List.of(), testing);
            assertTrue(zip.getEntry("WEB-INF/classes/org/sillon/platform/control/ClockProducer.class") != null);
        }
        // in the tests' deployment, only an administrator reaches it
        assertEquals(401, api.get("/api/test/clock").status());
        assertEquals(403, api.as(Staff.create(api, "ANIMATOR").token()).get("/api/test/clock").status());
        assertFalse(api.get("/openapi").body().contains("/test/clock"), "the product's API document does not show it");
    }

    @Test
    void theWholeApplicationLivesOnTheMovedDayAndComesBack() throws Exception {
        String email = "horloge-" + tag + "@example.org";
        Staff.Member animator;
        long lateTask;
        try (MovedClock clock = MovedClock.to(api, JANUARY_31)) {
            MovedClock.Reading moved = MovedClock.read(api);
            assertEquals(JANUARY_31, moved.today());
            assertEquals(JANUARY_31.atTime(MovedClock.DAY_TIME), moved.parisTime().withSecond(0).withNano(0));

            // facades and the columns they stamp
            animator = Staff.create(api, "ANIMATOR", email);
            Api as = api.as(animator.token());
            Api.Reply late = as.post("/api/v1/tasks", Api.json("title", "Hier " + tag, "dueOn",
                    JANUARY_31.minusDays(1).toString(), "owner", animator.username()));
            assertEquals(201, late.status(), late.body());
            assertTrue(late.json().getBoolean("late"), late.body());
            assertEquals(JANUARY_31, day(late.json(), "createdAt"));
            lateTask = late.id();
            Api.Reply due = as.post("/api/v1/tasks", Api.json("title", "Ce jour " + tag, "dueOn",
                    JANUARY_31.toString(), "owner", animator.username()));
            assertEquals(201, due.status(), due.body());
            assertFalse(due.json().getBoolean("late"), due.body());
            assertEquals(Set.of("Hier " + tag), titles(as.get("/api/v1/tasks?owner=me&state=late")));

            // the home page's "my tasks"
            String session = FormLogin.session(URI.create(base.toString()), animator.username(), Staff.PASSWORD);
            String home = api.anonymous().withCookie(session).get("/index.xhtml").body();
            assertTrue(Pattern.compile("<li class=\"task late\">(?:(?!</li>).)*Hier " + tag, Pattern.DOTALL)
                    .matcher(home).find(), home);
            assertTrue(Pattern.compile("<li class=\"task \">(?:(?!</li>).)*Ce jour " + tag, Pattern.DOTALL)
                    .matcher(home).find(), home);
            assertTrue(home.contains("dont 1 en retard"), home);

            // a file name
            Api.Reply export = api.admin().get("/api/v1/exports/persons?format=csv&q=" + tag);
            assertEquals(200, export.status(), export.body());
            assertEquals("attachment; filename=\"personnes-" + JANUARY_31 + ".csv\"", export.header("Content-Disposition"));

            // the audit trail, and its day filter
            Api.Reply audit = api.admin().get("/api/v1/audit?subjectType=Task&subjectId=" + lateTask
                    + "&from=" + JANUARY_31 + "&to=" + JANUARY_31);
            assertEquals(200, audit.status(), audit.body());
            JsonObject line = audit.json().getJsonArray("items").getJsonObject(0);
            assertEquals("CREATED", line.getString("action"));
            assertEquals(JANUARY_31, day(line, "occurredAt"));

            // background work: the outbox poller sends what is due on the moved day, and the mail says when
            JsonObject welcome = awaitOutbox(email, "SENT");
            assertEquals(JANUARY_31, day(welcome, "createdAt"));
            assertEquals(JANUARY_31, day(welcome, "sentAt"));
            assertEquals(JANUARY_31, awaitMail(email).getSentDate().toInstant().atZone(PARIS).toLocalDate());

            // ... and retries on the moved day: a retry due in a moved future is sent only if the poller lives there too
            String retried = "horloge-panne-" + tag + "@example.org";
            TestServices.stopMail();
            try {
                Staff.create(api, "GARDEN", retried);
                JsonObject deferred = awaitOutbox(retried, "RETRYING");
                assertEquals(JANUARY_31, day(deferred, "nextAttemptAt"));
                assertTrue(Instant.parse(deferred.getString("nextAttemptAt")).isAfter(moved.instant()), deferred.toString());
            } finally {
                TestServices.restartMail();
            }
            JsonObject sent = awaitOutbox(retried, "SENT");
            assertTrue(sent.getInt("attempts") >= 2, sent.toString());
            assertEquals(JANUARY_31, day(sent, "sentAt"));

            // step on two days: what was due on the 31st is late now
            assertEquals(JANUARY_31.plusDays(2), clock.to(JANUARY_31.plusDays(2)).today());
            assertEquals(Set.of("Hier " + tag, "Ce jour " + tag), titles(as.get("/api/v1/tasks?owner=me&state=late")));
        }

        // real time again: the tasks are due in the future, so none is late
        MovedClock.Reading now = MovedClock.read(api);
        assertEquals(Duration.ZERO, now.offset());
        assertTrue(Duration.between(Instant.now(), now.instant()).abs().toSeconds() < 60, now.toString());
        Api as = api.as(animator.token());
        assertEquals(Set.of(), titles(as.get("/api/v1/tasks?owner=me&state=late")));
        assertFalse(as.get("/api/v1/tasks/" + lateTask).json().getBoolean("late"));
    }

    private static Set<String> titles(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("title")).collect(Collectors.toSet());
    }

    private JsonObject awaitOutbox(String recipient, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.admin().get("/api/v1/outbox?recipient=" + recipient);
            assertEquals(200, r.status(), r.body());
            var items = r.json().getJsonArray("items");
            if (!items.isEmpty()) {
                last = items.getJsonObject(0);
                if (status.equals(last.getString("status"))) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The mail to " + recipient + " never reached " + status + ": " + last);
    }

    private static MimeMessage awaitMail(String recipient) throws InterruptedException, MessagingException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : TestServices.mail().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(recipient)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail reached " + recipient);
    }
}
