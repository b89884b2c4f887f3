package org.sillon.testing.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.sillon.platform.entity.ParisTime;

/**
 * The application's clock in the integration tests' deployment only: {@link org.sillon.testing.SillonDeployment}
 * adds this class to the war it deploys, where its {@code @Priority} selects it for the whole application in
 * place of {@code platform.control.ClockProducer}'s system clock. The war Maven builds never contains it.
 *
 * <p>A moved clock is an offset from real time, so it keeps ticking: the outbox poller's retry delays, the
 * login throttle's waits and the order of audit lines still pass as they do in real time, only on another day.
 * Its zone is Paris, as the production clock's.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Shifted(ParisTime.ZONE);
    }

    /** Moves the application's clock so that it reads {@code parisTime} now, and ticks on from there. */
    public void moveTo(LocalDateTime parisTime) {
        offset = Duration.between(Instant.now(), ParisTime.instantOf(parisTime));
    }

    /** Back to real time. */
    public void restore() {
        offset = Duration.ZERO;
    }

    /** How far the clock is from real time; zero when it is not moved. */
    public Duration offset() {
        return offset;
    }

    /** The system clock shifted by the current offset at each reading. */
    private final class Shifted extends Clock {

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
