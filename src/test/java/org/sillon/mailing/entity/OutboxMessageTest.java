package org.sillon.mailing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sillon.platform.entity.Language;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final RetryPolicy POLICY = RetryPolicy.standard(3, Duration.ofMinutes(1));

    private static OutboxMessage message() {
        return new OutboxMessage("jeanne@example.fr", "Jeanne Martin", "welcome", Language.FR,
                "Bienvenue", "Bonjour Jeanne", NOW);
    }

    @Test
    void aNewMessageIsQueuedForNow() {
        OutboxMessage m = message();
        assertEquals(MailStatus.QUEUED, m.status());
        assertEquals(0, m.attempts());
        assertEquals(NOW, m.nextAttemptAt());
        assertEquals(NOW, m.createdAt());
        assertEquals("jeanne@example.fr", m.recipient());
        assertEquals("Jeanne Martin", m.recipientName());
        assertEquals("welcome", m.template());
        assertEquals(Language.FR, m.language());
        assertEquals("Bienvenue", m.subject());
        assertEquals("Bonjour Jeanne", m.bodyText());
        assertNull(m.sentAt());
        assertNull(m.lastError());
        assertNull(m.messageId());
    }

    @Test
    void markSent() {
        OutboxMessage m = message();
        Instant sentAt = NOW.plusSeconds(5);
        m.markSent("<1234@sillon>", sentAt);
        assertEquals(MailStatus.SENT, m.status());
        assertEquals(1, m.attempts());
        assertEquals(sentAt, m.sentAt());
        assertEquals("<1234@sillon>", m.messageId());
        assertNull(m.nextAttemptAt());
        assertNull(m.lastError());
    }

    @Test
    void sentAfterATemporaryFailureClearsTheError() {
        OutboxMessage m = message();
        m.markFailed("451 try later", true, POLICY, NOW);
        m.markSent("<id>", NOW.plusSeconds(90));
        assertEquals(MailStatus.SENT, m.status());
        assertEquals(2, m.attempts());
        assertNull(m.lastError());
        assertNull(m.nextAttemptAt());
    }

    @Test
    void aTemporaryFailureIsRetriedOnThePolicySchedule() {
        OutboxMessage m = message();
        m.markFailed("451 try later", true, POLICY, NOW);
        assertEquals(MailStatus.RETRYING, m.status());
        assertEquals(1, m.attempts());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), m.nextAttemptAt());
        assertEquals("451 try later", m.lastError());

        Instant second = NOW.plus(Duration.ofMinutes(1));
        m.markFailed("421 busy", true, POLICY, second);
        assertEquals(MailStatus.RETRYING, m.status());
        assertEquals(2, m.attempts());
        assertEquals(second.plus(Duration.ofMinutes(2)), m.nextAttemptAt());
        assertEquals("421 busy", m.lastError());
    }

    @Test
    void aTemporaryFailureAfterMaxAttemptsIsFinal() {
        OutboxMessage m = message();
        m.markFailed("451", true, POLICY, NOW);
        m.markFailed("451", true, POLICY, NOW);
        assertEquals(MailStatus.RETRYING, m.status());
        m.markFailed("451 still", true, POLICY, NOW);
        assertEquals(MailStatus.FAILED, m.status());
        assertEquals(3, m.attempts());
        assertNull(m.nextAttemptAt());
        assertEquals("451 still", m.lastError());
    }

    @Test
    void aPermanentFailureIsFinalAtOnce() {
        OutboxMessage m = message();
        m.markFailed("550 no such user", false, POLICY, NOW);
        assertEquals(MailStatus.FAILED, m.status());
        assertEquals(1, m.attempts());
        assertNull(m.nextAttemptAt());
        assertEquals("550 no such user", m.lastError());
    }

    @Test
    void aPermanentFailureAfterRetriesIsFinal() {
        OutboxMessage m = message();
        m.markFailed("451", true, RetryPolicy.standard(10, Duration.ofMinutes(1)), NOW);
        m.markFailed("550", false, RetryPolicy.standard(10, Duration.ofMinutes(1)), NOW);
        assertEquals(MailStatus.FAILED, m.status());
        assertNull(m.nextAttemptAt());
    }

    @Test
    void longErrorsAreTruncatedTo2000Characters() {
        OutboxMessage m = message();
        String error = "x".repeat(1990) + "0123456789" + "TRUNCATED" + "y".repeat(500);
        m.markFailed(error, true, POLICY, NOW);
        assertEquals(2000, m.lastError().length());
        assertEquals(error.substring(0, 2000), m.lastError());
        assertEquals("x".repeat(1990) + "0123456789", m.lastError());
    }

    @Test
    void anErrorOf2000CharactersIsKeptWhole() {
        OutboxMessage m = message();
        String error = "e".repeat(2000);
        m.markFailed(error, false, POLICY, NOW);
        assertEquals(error, m.lastError());
    }

    @Test
    void aMissingErrorIsRecordedAsUnknown() {
        OutboxMessage m = message();
        m.markFailed(null, true, POLICY, NOW);
        assertEquals("unknown error", m.lastError());
        assertEquals(MailStatus.RETRYING, m.status());
    }
}
