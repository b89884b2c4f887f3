package org.sillon.exchange.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sillon.people.boundary.HouseholdStatus;

/**
 * The status an imported household starts with, and from when (null: the day of the import). The mapping may
 * choose one for every household. When it chose none, a household whose rows give a join date is active from
 * the earliest of them: a list that says when each member joined is a list of members, not of prospects; a
 * household without any is a prospect.
 */
public record ImportedStatus(HouseholdStatus status, LocalDate since) {

    public static ImportedStatus of(List<ImportRow> household, HouseholdStatus chosen) {
        LocalDate joined = household.stream().map(ImportRow::registeredOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        HouseholdStatus status = chosen != null ? chosen : joined != null ? HouseholdStatus.ACTIVE : HouseholdStatus.PROSPECT;
        return new ImportedStatus(status, status == HouseholdStatus.ACTIVE ? joined : null);
    }
}
