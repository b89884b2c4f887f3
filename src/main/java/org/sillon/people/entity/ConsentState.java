package org.sillon.people.entity;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sillon.people.boundary.ConsentPurpose;

/**
 * A person's current consent, derived from their history: per purpose, the latest line (by time, then by
 * order of recording). Without any line for a purpose the person has not consented: consent is never
 * presumed.
 */
public final class ConsentState {

    private final Map<ConsentPurpose, ConsentRecord> latest = new EnumMap<>(ConsentPurpose.class);

    /** {@code history} in the order it was recorded. */
    public ConsentState(List<ConsentRecord> history) {
        Comparator<ConsentRecord> byTime = Comparator.comparing(ConsentRecord::recordedAt);
        for (ConsentRecord r : history) {
            // on equal times the later line in the history wins
            latest.merge(r.purpose(), r, (held, next) -> byTime.compare(next, held) >= 0 ? next : held);
        }
    }

    /** The line that decides the purpose, if any. */
    public Optional<ConsentRecord> latest(ConsentPurpose purpose) {
        return Optional.ofNullable(latest.get(purpose));
    }

    public boolean granted(ConsentPurpose purpose) {
        return latest(purpose).map(ConsentRecord::granted).orElse(false);
    }
}
