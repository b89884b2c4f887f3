package org.sillon.followup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.sillon.followup.entity.FollowUpTask;

/** Days and times of the follow-up pages, as the association reads them: in Paris, day first. */
@Named
@ApplicationScoped
public class FollowUpDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(FollowUpTask.ZONE);

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
