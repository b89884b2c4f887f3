package org.sillon.mailing.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class SmtpSenderTest {

    /** Like Angus Mail's SMTP exceptions: carries the server's reply code. */
    public static class SmtpReplyException extends MessagingException {

        private final int returnCode;

        public SmtpReplyException(int returnCode) {
            super(returnCode + " server reply");
            this.returnCode = returnCode;
        }

        public int getReturnCode() {
            return returnCode;
        }
    }

    /** Like Angus Mail's SMTPSendFailedException: refused addresses and a reply code. */
    public static class SmtpSendFailedException extends SendFailedException {

        private final int returnCode;

        public SmtpSendFailedException(int returnCode, Address[] invalid) {
            super(returnCode + " send failed", null, new Address[0], new Address[0], invalid);
            this.returnCode = returnCode;
        }

        public int getReturnCode() {
            return returnCode;
        }
    }

    private static Address[] addresses(String... emails) throws AddressException {
        Address[] result = new Address[emails.length];
        for (int i = 0; i < emails.length; i++) {
            result[i] = new InternetAddress(emails[i]);
        }
        return result;
    }

    @Test
    void aConnectionProblemIsTemporary() {
        assertTrue(SmtpSender.isTemporary(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused"))));
        assertTrue(SmtpSender.isTemporary(new MessagingException("timeout", new SocketTimeoutException("Read timed out"))));
        assertTrue(SmtpSender.isTemporary(new MessagingException("Unknown SMTP host",
                new UnknownHostException("smtp.example.org"))));
    }

    @Test
    void aBareMessagingExceptionIsTemporary() {
        assertTrue(SmtpSender.isTemporary(new MessagingException("something went wrong")));
    }

    @Test
    void refusedAddressesArePermanent() throws AddressException {
        SendFailedException refused = new SendFailedException("Invalid Addresses", null, new Address[0],
                new Address[0], addresses("nobody@example.org"));
        assertFalse(SmtpSender.isTemporary(refused));
    }

    @Test
    void refusedAddressesWrappedInAMessagingExceptionArePermanent() throws AddressException {
        SendFailedException refused = new SendFailedException("Invalid Addresses", null, new Address[0],
                new Address[0], addresses("nobody@example.org", "ghost@example.org"));
        assertFalse(SmtpSender.isTemporary(new MessagingException("sending failed", refused)));
    }

    @Test
    void aSendFailureWithoutRefusedAddressesIsTemporary() throws AddressException {
        SendFailedException unsent = new SendFailedException("not sent", null, new Address[0],
                addresses("jeanne@example.org"), new Address[0]);
        assertTrue(SmtpSender.isTemporary(unsent));
        assertTrue(SmtpSender.isTemporary(new SendFailedException("not sent")));
    }

    @Test
    void a4xxReplyIsTemporary() {
        assertTrue(SmtpSender.isTemporary(new SmtpReplyException(451)));
        assertTrue(SmtpSender.isTemporary(new SmtpReplyException(421)));
        assertTrue(SmtpSender.isTemporary(new SmtpReplyException(452)));
    }

    @Test
    void a5xxReplyIsPermanent() {
        assertFalse(SmtpSender.isTemporary(new SmtpReplyException(550)));
        assertFalse(SmtpSender.isTemporary(new SmtpReplyException(554)));
        assertFalse(SmtpSender.isTemporary(new SmtpReplyException(535)));
    }

    @Test
    void aReplyCodeIsFoundInsideAWrappingException() {
        assertTrue(SmtpSender.isTemporary(new MessagingException("failed", new SmtpReplyException(451))));
        assertFalse(SmtpSender.isTemporary(new MessagingException("failed", new SmtpReplyException(550))));
        assertFalse(SmtpSender.isTemporary(
                new MessagingException("outer", new MessagingException("inner", new SmtpReplyException(550)))));
    }

    @Test
    void aNextExceptionSetAfterwardsIsRead() {
        MessagingException e = new MessagingException("failed");
        e.setNextException(new SmtpReplyException(553));
        assertFalse(SmtpSender.isTemporary(e));
        MessagingException t = new MessagingException("failed");
        t.setNextException(new SmtpReplyException(450));
        assertTrue(SmtpSender.isTemporary(t));
    }

    @Test
    void theReplyCodeDecidesForASendFailure() throws AddressException {
        // a 4xx reply for refused addresses (mailbox busy) may succeed later
        assertTrue(SmtpSender.isTemporary(new SmtpSendFailedException(450, addresses("busy@example.org"))));
        assertFalse(SmtpSender.isTemporary(new SmtpSendFailedException(550, addresses("nobody@example.org"))));
    }

    @Test
    void aZeroReplyCodeIsNoAnswer() {
        assertTrue(SmtpSender.isTemporary(new SmtpReplyException(0)));
        assertTrue(SmtpSender.isTemporary(new SmtpReplyException(-1)));
    }
}
