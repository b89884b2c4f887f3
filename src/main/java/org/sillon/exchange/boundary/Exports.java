package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sillon.exchange.control.ExportFormat;
import org.sillon.platform.control.SheetWriter;
import org.sillon.people.boundary.HouseholdRow;
import org.sillon.people.boundary.OrganisationRow;
import org.sillon.people.boundary.PersonRow;
import org.sillon.people.boundary.RegistryList;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.Persons;

/**
 * Registry lists written to CSV or XLSX with the list's own search, filters and sort, read from the
 * database in one pass (a chunk of rows at a time, no count) and streamed, so a list of any length takes
 * little memory and the time of one read. Exports carry
 * personal data: each one is recorded in the audit trail with its criteria.
 */
@ApplicationScoped
@Transactional
public class Exports {

    /** The action recorded in the audit trail; the subject is the list, with id 0. */
    public static final String EXPORTED = "EXPORTED";

    /** A column of an export: its header's message key and its value for one row, a text or a day. */
    private record Column<T>(String header, Function<T, ?> value) {
    }

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Records who exported which list with which criteria (those given: blank ones are left out). */
    @Transactional
    public void record(RegistryList list, Map<String, String> criteria) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        criteria.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                changes.put(k, new AuditTrail.Change(null, v));
            }
        });
        audit.record(list.name(), 0, EXPORTED, changes);
    }

    /** The file name offered for download, in French and dated: "personnes-2026-11-23.csv". */
    public String fileName(RegistryList list, ExportFormat format) {
        String name = switch (list) {
            case PERSONS -> "personnes";
            case HOUSEHOLDS -> "foyers";
            case ORGANISATIONS -> "organisations";
        };
        return name + "-" + LocalDate.now(clock) + "." + format.extension();
    }

    /**
     * Outside a transaction: the facade's one read is the transaction, held while the rows are written to
     * {@code out}.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void persons(Persons.Filter filter, PageRequest sort, ExportFormat format, OutputStream out)
            throws IOException {
        write(format, out, "Personnes", List.of(
                new Column<PersonRow>("person.lastName", PersonRow::lastName),
                new Column<PersonRow>("person.firstName", PersonRow::firstName),
                new Column<PersonRow>("person.email", PersonRow::email),
                new Column<PersonRow>("person.phone", PersonRow::phone),
                new Column<PersonRow>("person.mobilePhone", PersonRow::mobilePhone),
                new Column<PersonRow>("person.line1", p -> address(p.address(), PostalAddress::line1)),
                new Column<PersonRow>("person.line2", p -> address(p.address(), PostalAddress::line2)),
                new Column<PersonRow>("person.postalCode", p -> address(p.address(), PostalAddress::postalCode)),
                new Column<PersonRow>("person.city", p -> address(p.address(), PostalAddress::city)),
                new Column<PersonRow>("person.household", PersonRow::householdName),
                new Column<PersonRow>("person.created", p -> day(p.createdAt()))),
                each -> persons.export(filter, sort, each));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED) // see persons
    public void households(Households.Filter filter, PageRequest sort, ExportFormat format, OutputStream out)
            throws IOException {
        ResourceBundle texts = texts();
        write(format, out, "Foyers", List.of(
                new Column<HouseholdRow>("household.name", HouseholdRow::name),
                new Column<HouseholdRow>("household.status", h -> texts.getString("householdStatus." + h.status())),
                new Column<HouseholdRow>("household.mainContact", HouseholdRow::mainContactName),
                new Column<HouseholdRow>("person.email", HouseholdRow::mainContactEmail),
                new Column<HouseholdRow>("person.phone", HouseholdRow::mainContactPhone),
                new Column<HouseholdRow>("person.mobilePhone", HouseholdRow::mainContactMobilePhone),
                new Column<HouseholdRow>("person.line1", h -> address(h.address(), PostalAddress::line1)),
                new Column<HouseholdRow>("person.line2", h -> address(h.address(), PostalAddress::line2)),
                new Column<HouseholdRow>("person.postalCode", h -> address(h.address(), PostalAddress::postalCode)),
                new Column<HouseholdRow>("person.city", h -> address(h.address(), PostalAddress::city)),
                new Column<HouseholdRow>("household.members", h -> String.join(", ", h.memberNames())),
                new Column<HouseholdRow>("household.created", h -> day(h.createdAt()))),
                each -> households.export(filter, sort, each));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED) // see persons
    public void organisations(Organisations.Filter filter, PageRequest sort, ExportFormat format, OutputStream out)
            throws IOException {
        ResourceBundle texts = texts();
        write(format, out, "Organisations", List.of(
                new Column<OrganisationRow>("organisation.name", OrganisationRow::name),
                new Column<OrganisationRow>("organisation.kind", o -> texts.getString("kind." + o.kind())),
                new Column<OrganisationRow>("organisation.roles", o -> o.roles().stream()
                        .map(r -> texts.getString("orgRole." + r)).collect(Collectors.joining(", "))),
                new Column<OrganisationRow>("organisation.siret", OrganisationRow::siret),
                new Column<OrganisationRow>("person.email", OrganisationRow::email),
                new Column<OrganisationRow>("person.phone", OrganisationRow::phone),
                new Column<OrganisationRow>("person.postalCode", o -> address(o.address(), PostalAddress::postalCode)),
                new Column<OrganisationRow>("person.city", o -> address(o.address(), PostalAddress::city))),
                each -> organisations.export(filter, sort, each));
    }

    /**
     * Writes the header row, then each row as {@code rows} reads it. A failure to write (the client went away)
     * crosses the facade unchecked, ending its read, and comes out here as what it was.
     */
    private static <T> void write(ExportFormat format, OutputStream out, String sheet, List<Column<T>> columns,
            Consumer<Consumer<T>> rows) throws IOException {
        ResourceBundle texts = texts();
        try (SheetWriter writer = format.open(out, sheet)) {
            writer.row(columns.stream().map(c -> texts.getString(c.header())).toList());
            List<Object> cells = new ArrayList<>(columns.size());
            rows.accept(item -> {
                cells.clear();
                for (Column<T> c : columns) {
                    cells.add(c.value().apply(item));
                }
                try {
                    writer.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Headers and labels in French: the association's working language, whoever exports. */
    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("org.sillon.platform.messages", Locale.FRENCH, Exports.class.getClassLoader());
    }

    private static String address(PostalAddress a, Function<PostalAddress, String> part) {
        return a == null ? null : part.apply(a);
    }

    /** The day, in the association's time zone, of an instant: a date cell, not a text. */
    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.getZone());
    }
}
