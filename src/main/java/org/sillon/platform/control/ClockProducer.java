package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.sillon.platform.entity.ParisTime;

/**
 * The one clock: what time it is ({@code clock.instant()}) and, since its zone is Europe/Paris, what day or
 * month it is in Paris ({@code LocalDate.now(clock)}, {@code LocalDateTime.now(clock)},
 * {@code YearMonth.now(clock)}). Every rule, page, job and stamped column asks it; nothing in
 * {@code src/main} reads the system clock ({@code OneClockTest} keeps it so).
 *
 * <p>It cannot be moved in production. The integration tests' deployment alone adds a selected alternative
 * producer ({@code src/test/java/org/sillon/testing/clock}), which the war Maven builds does not contain.
 */
@ApplicationScoped
public class ClockProducer {

    /** @deprecated the zone lives in {@link ParisTime#ZONE}; kept for branches written before it moved. */
    @Deprecated(forRemoval = true)
    public static final ZoneId PARIS = ParisTime.ZONE;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ParisTime.ZONE);
    }
}
