package org.sillon.mailing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.mailing.entity.OutboxMessage;

/** The adapter around the SMTP server: builds the MIME message and hands it over through Jakarta Mail. */
@ApplicationScoped
public class SmtpSender {

    @Inject
    @ConfigProperty(name = "sillon.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "sillon.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "sillon.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "sillon.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "sillon.smtp.starttls")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "sillon.smtp.ssl")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "sillon.mail.from")
    String from;

    @Inject
    Clock clock;

    private Session session;

    @PostConstruct
    void connect() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        p.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        p.put("mail.smtp.ssl.enable", Boolean.toString(ssl));
        Authenticator auth = null;
        if (user.isPresent()) {
            p.put("mail.smtp.auth", "true");
            String u = user.get();
            String pw = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, pw);
                }
            };
        }
        session = Session.getInstance(p, auth);
    }

    /** Sends the message and returns its Message-ID. */
    public String send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        try {
            mime.setFrom(new InternetAddress(from));
            mime.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(message.recipient(), message.recipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.bodyText(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("Content-Language", message.language().name().toLowerCase(java.util.Locale.ROOT));
        Transport.send(mime);
        return mime.getMessageID();
    }

    /**
     * Whether trying again later may succeed: SMTP 4xx replies and connection problems are temporary; 5xx
     * replies and refused addresses are not.
     */
    public static boolean isTemporary(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Integer code = smtpReturnCode(t);
            if (code != null && code > 0) {
                return code >= 400 && code < 500;
            }
            if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
                    && sfe.getInvalidAddresses().length > 0) {
                return false;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t) {
                Integer next = smtpReturnCode(me.getNextException());
                if (next != null && next > 0) {
                    return next >= 400 && next < 500;
                }
            }
        }
        return true;
    }

    /** Angus Mail's SMTP exceptions carry the server's reply code; read it without depending on Angus. */
    private static Integer smtpReturnCode(Throwable t) {
        try {
            Method m = t.getClass().getMethod("getReturnCode");
            return (Integer) m.invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}
