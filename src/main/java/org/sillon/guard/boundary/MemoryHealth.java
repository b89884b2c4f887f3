package org.sillon.guard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.sillon.guard.control.MemoryWatch;

/**
 * Alive unless the JVM has run out of memory (then it stays DOWN until restarted: a supervisor should
 * restart it) or its heap is still nearly full after garbage collection.
 */
@Liveness
@ApplicationScoped
public class MemoryHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        double fullness = MemoryWatch.heapFullnessAfterCollection();
        HealthCheckResponseBuilder memory = HealthCheckResponse.named("memory")
                .withData("heapAfterCollection", Math.round(fullness * 100) + "%");
        var since = MemoryWatch.outOfMemorySince();
        if (since.isPresent()) {
            return memory.down().withData("error", "ran out of memory at " + since.get() + "; restart it").build();
        }
        if (MemoryWatch.isExhausted(fullness)) {
            return memory.down().withData("error", "heap nearly full after garbage collection").build();
        }
        return memory.up().build();
    }
}
