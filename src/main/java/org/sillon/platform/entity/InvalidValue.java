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
}
