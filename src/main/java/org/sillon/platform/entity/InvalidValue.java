package org.sillon.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An entity refusing a value, naming the field it belongs to and saying why as a {@link Message}, so that
 * REST answers a problem document naming that field and JSF shows the message beside it, each in its reader's
 * language. {@link #getMessage()} is the English text, for logs. A refusal gathered by {@link Checks} names
 * every field at fault, so that a form shows all its errors at once; {@link #field()} and {@link #message()}
 * are then the first.
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;
    private final Message message;
    private final transient List<InvalidValue> faults;

    public InvalidValue(String field, Message message) {
        super(message.toString());
        this.field = field;
        this.message = message;
        this.faults = List.of(this);
    }

    private InvalidValue(List<InvalidValue> faults) {
        super(faults.get(0).getMessage());
        this.field = faults.get(0).field;
        this.message = faults.get(0).message;
        this.faults = List.copyOf(faults);
    }

    public String field() {
        return field;
    }

    public Message message() {
        return message;
    }

    /** Each field at fault, in the order checked: this refusal alone unless {@link Checks} gathered several. */
    public List<InvalidValue> faults() {
        return faults;
    }

    /** Runs a check such as {@code Emails.normalise}, naming {@code field} if it refuses the value. */
    public static <T> T checking(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidValue e) {
            throw e.field() == null ? new InvalidValue(field, e.message()) : e;
        }
    }

    /** Several checks run one after the other, refused together: a person fixing a form sees every fault at once. */
    public static final class Checks {

        private final List<InvalidValue> faults = new ArrayList<>();

        /** The checked value, or null when refused (the refusal is kept for {@link #refuseIfAny()}). */
        public <T> T check(String field, Supplier<T> check) {
            try {
                return checking(field, check);
            } catch (InvalidValue e) {
                faults.addAll(e.faults());
                return null;
            }
        }

        public void check(String field, Runnable check) {
            check(field, () -> {
                check.run();
                return null;
            });
        }

        /** Refuses {@code field} with {@code message} unless {@code ok}. */
        public void check(String field, boolean ok, Message message) {
            if (!ok) {
                faults.add(new InvalidValue(field, message));
            }
        }

        public void refuseIfAny() {
            if (!faults.isEmpty()) {
                throw faults.size() == 1 ? faults.get(0) : new InvalidValue(faults);
            }
        }
    }
}
