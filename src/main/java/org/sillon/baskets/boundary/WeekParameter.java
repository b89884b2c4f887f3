package org.sillon.baskets.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;

/** The week a staff page shows, from its {@code ?week=2026-W49} parameter and its week field. */
final class WeekParameter {

    private WeekParameter() {
    }

    /** The week asked for, this week when none; a malformed one is said in the page's messages, and this week shown. */
    static IsoWeek read(String text, Clock clock) {
        IsoWeek thisWeek = IsoWeek.of(LocalDate.now(clock));
        if (text == null || text.isBlank()) {
            return thisWeek;
        }
        try {
            return IsoWeek.parse(text);
        } catch (InvalidValue e) {
            Faces.error("distribution.badWeek", text.strip(), thisWeek.toString());
            return thisWeek;
        }
    }

    /** The outcome that opens {@code page} at the week typed (this week when left empty). */
    static String go(String page, String typed) {
        return page + "?faces-redirect=true&week="
                + URLEncoder.encode(typed == null ? "" : typed.strip(), StandardCharsets.UTF_8);
    }
}
