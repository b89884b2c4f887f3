package org.sillon.platform.entity;

/**
 * An entity refusing a value, naming the field it belongs to, so that REST answers a problem document naming
 * that field and JSF shows the message beside it.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Runs a check such as {@code Emails.normalise}, naming {@code field} if it refuses the value. */
    public static <T> T checking(String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, e.getMessage());
        }
    }
}
