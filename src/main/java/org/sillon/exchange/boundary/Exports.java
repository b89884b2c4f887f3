package org.sillon.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.sillon.exchange.control.ExportFormat;
import org.sillon.exchange.control.SheetWriter;
import org.sillon.people.boundary.HouseholdRow;
import org.sillon.people.boundary.OrganisationRow;
import org.sillon.people.boundary.PersonRow;
import org.sillon.people.boundary.RegistryList;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Page;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.Persons;

/**
 * Registry lists written to CSV or XLSX with the list's own search, filters and sort, read from the
 * database one page at a time and streamed, so a list of any length takes little memory. Exports carry
 * personal data: each one is recorded in the audit trail with its criteria.
 */
@ApplicationScoped
@Transactional
public class Exports {

    /** The action recorded in the audit trail; the subject is the list, with id 0. */
    public static final String EXPORTED = "EXPORTED";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A column of an export: its header's message key and its value for one row. */
    private record Column<T>(String header, Function<T, String> value) {
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

    @Transactional(Transactional.TxType.NOT_SUPPORTED) // a page per transaction, not thousands held in one
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
                page -> persons.rows(filter, page(sort, page)));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED) // a page per transaction, not thousands held in one
    public void households(Households.Filter filter, PageRequest sort, ExportFormat format, OutputStream out)
            throws IOException {
        write(format, out, "Foyers", List.of(
                new Column<HouseholdRow>("household.name", HouseholdRow::name),
                new Column<HouseholdRow>("household.mainContact", HouseholdRow::mainContactName),
                new Column<HouseholdRow>("person.email", HouseholdRow::mainContactEmail),
                new Column<HouseholdRow>("person.city", HouseholdRow::mainContactCity),
                new Column<HouseholdRow>("household.members", h -> String.join(", ", h.memberNames())),
                new Column<HouseholdRow>("household.created", h -> day(h.createdAt()))),
                page -> households.rows(filter, page(sort, page)));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED) // a page per transaction, not thousands held in one
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
                page -> organisations.rows(filter, page(sort, page)));
    }

    /** Writes the header row, then every page until a short one; each page is its own query. */
    private static <T> void write(ExportFormat format, OutputStream out, String sheet, List<Column<T>> columns,
            IntFunction<Page<T>> pages) throws IOException {
        ResourceBundle texts = texts();
        try (SheetWriter writer = format.open(out, sheet)) {
            writer.row(columns.stream().map(c -> texts.getString(c.header())).toList());
            for (int n = 0;; n++) {
                Page<T> page = pages.apply(n);
                for (T item : page.items()) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (Column<T> c : columns) {
                        cells.add(c.value().apply(item));
                    }
                    writer.row(cells);
                }
                if (page.items().size() < PageRequest.MAX_SIZE) {
                    return;
                }
            }
        }
    }

    private static PageRequest page(PageRequest sort, int n) {
        return new PageRequest(n, PageRequest.MAX_SIZE, sort.sortField(), sort.descending());
    }

    /** Headers and labels in French: the association's working language, whoever exports. */
    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("org.sillon.platform.messages", Locale.FRENCH, Exports.class.getClassLoader());
    }

    private static String address(PostalAddress a, Function<PostalAddress, String> part) {
        return a == null ? null : part.apply(a);
    }

    private String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(clock.getZone()));
    }
}
