package org.sillon.platform.entity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers checked and stored in E.164 ("+33612345678") with libphonenumber; numbers written without
 * a country code are read as French. Shown in the national form for France, international otherwise.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "FR";

    private PhoneNumbers() {
    }

    /** The E.164 form, or null for a blank input; an {@link InvalidValue} naming no field when not a valid number. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                throw new InvalidValue(null, Message.of("phone.invalid"));
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidValue(null, Message.of("phone.notNumber"));
        }
    }

    /** "06 12 34 56 78" for a French number, "+44 20 7946 0958" for another. */
    public static String display(String e164) {
        if (e164 == null) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(e164, DEFAULT_REGION);
            return UTIL.format(number, number.getCountryCode() == 33
                    ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
