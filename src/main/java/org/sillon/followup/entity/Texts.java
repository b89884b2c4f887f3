package org.sillon.followup.entity;

import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/** The length rules shared by interactions and tasks. */
final class Texts {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 4000;

    private Texts() {
    }

    /** A required one-line text, trimmed, blanks collapsed. */
    static String title(String field, String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new InvalidValue(field, Message.of("required"));
        }
        if (v.length() > MAX_TITLE) {
            throw new InvalidValue(field, Message.of("max.length", MAX_TITLE));
        }
        return v;
    }

    /** Optional free text, trimmed; blank is null. */
    static String notes(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > MAX_NOTES) {
            throw new InvalidValue("notes", Message.of("max.length", MAX_NOTES));
        }
        return v.isEmpty() ? null : v;
    }
}
