package org.sillon.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock every rule asks for the time; Sillon lives in Europe/Paris. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(PARIS);
    }
}
