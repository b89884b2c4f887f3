package org.sillon.platform.entity;

/**
 * An entity refusing a value, naming the field it belongs to and saying why as a {@link Message}, so that
 * REST answers a problem document naming that field and JSF shows the message beside it, each in its reader's
 * language. {@link #getMessage()} is the English text, for logs.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;
    private final Message message;

    public InvalidValue(String field, Message message) {
        super(message.toString());
        this.field = field;
        this.message = message;
    }

    public String field() {
        return field;
    }

    public Message message() {
        return message;
    }

    /** Runs a check such as {@code Emails.normalise}, naming {@code field} if it refuses the value. */
    public static <T> T checking(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValue e) {
            throw e.field() == null ? new InvalidValue(field, e.message()) : e;
        }
    }
}
