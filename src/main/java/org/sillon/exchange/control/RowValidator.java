package org.sillon.exchange.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillon.people.boundary.Civility;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.platform.entity.Folding;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Message;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.PersonDetails;

/**
 * Turns a row into the person it describes, with the registry's own rules ({@link PersonDetails#refusal} and
 * the {@link PostalAddress}'s checks, their refusals collected), after reading the spreadsheet habits the
 * entities do not know: "Mme", "Français", "France", 31/12/2020, postal codes that lost their leading zero.
 */
public class RowValidator {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?: .*)?");
    private static final Map<String, String> COUNTRIES = countries();

    private final List<ImportTarget> columns;
    private final LocalDate today;

    /** {@code columns}: the target of each column, null when ignored. */
    public RowValidator(List<ImportTarget> columns, LocalDate today) {
        this.columns = columns;
        this.today = today;
    }

    public ImportRow validate(MemberFile.Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<ImportTarget, String> byTarget = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ImportTarget t = columns.get(i);
            if (t != null) {
                String v = row.value(i);
                values.put(t.key(), v);
                byTarget.put(t, v == null || v.isBlank() ? null : v.strip());
            }
        }
        List<ImportRow.Problem> problems = new ArrayList<>();
        Civility civility = civility(byTarget.get(ImportTarget.CIVILITY), problems);
        Language language = language(byTarget.get(ImportTarget.LANGUAGE), problems);
        LocalDate registeredOn = date(byTarget.get(ImportTarget.REGISTERED_ON), problems);
        PostalAddress address = address(byTarget, problems);
        PersonDetails details = new PersonDetails(civility, byTarget.get(ImportTarget.FIRST_NAME),
                byTarget.get(ImportTarget.LAST_NAME), byTarget.get(ImportTarget.EMAIL), byTarget.get(ImportTarget.PHONE),
                byTarget.get(ImportTarget.MOBILE_PHONE), address, language);
        InvalidValue refused = details.refusal(); // the registry's own rules for a person
        if (refused != null) {
            problems.add(new ImportRow.Problem(refused.field(), refused.message()));
        }
        return new ImportRow(row.line(), values, problems.isEmpty() ? details : null,
                byTarget.get(ImportTarget.HOUSEHOLD_KEY), registeredOn, List.copyOf(problems));
    }

    private static Civility civility(String v, List<ImportRow.Problem> problems) {
        if (v == null) {
            return null;
        }
        return switch (Folding.fold(v)) {
            case "m", "m.", "mr", "mr.", "monsieur", "mister" -> Civility.MR;
            case "mme", "mme.", "madame", "mlle", "mademoiselle", "mrs", "mrs.", "ms", "ms.", "miss" -> Civility.MRS;
            case "mx", "mx." -> Civility.MX;
            default -> {
                problems.add(new ImportRow.Problem("civility", Message.of("import.civility")));
                yield null;
            }
        };
    }

    private static Language language(String v, List<ImportRow.Problem> problems) {
        if (v == null) {
            return null;
        }
        return switch (Folding.fold(v)) {
            case "fr", "francais", "french", "fr fr" -> Language.FR;
            case "en", "anglais", "english", "en gb", "en us" -> Language.EN;
            default -> {
                problems.add(new ImportRow.Problem("language", Message.of("import.language")));
                yield null;
            }
        };
    }

    private LocalDate date(String v, List<ImportRow.Problem> problems) {
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = null;
            Matcher iso = ISO_DATE.matcher(v);
            Matcher fr = FRENCH_DATE.matcher(v);
            if (iso.matches()) {
                d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } else if (fr.matches()) {
                int year = Integer.parseInt(fr.group(3));
                d = LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(fr.group(2)), Integer.parseInt(fr.group(1)));
            }
            if (d == null) {
                problems.add(new ImportRow.Problem("registeredOn", Message.of("import.date")));
            } else if (d.isAfter(today)) {
                problems.add(new ImportRow.Problem("registeredOn", Message.of("import.futureDate")));
                d = null;
            }
            return d;
        } catch (DateTimeException e) {
            problems.add(new ImportRow.Problem("registeredOn", Message.of("import.date")));
            return null;
        }
    }

    private static PostalAddress address(Map<ImportTarget, String> v, List<ImportRow.Problem> problems) {
        String country = v.get(ImportTarget.COUNTRY);
        String code = country == null ? null : COUNTRIES.get(Folding.fold(country));
        if (country != null && code == null) {
            problems.add(new ImportRow.Problem("address.country", Message.of("import.country")));
            return null;
        }
        String postalCode = v.get(ImportTarget.POSTAL_CODE);
        // spreadsheets read 01000 as the number 1000
        if (postalCode != null && postalCode.matches("\\d{4}") && (code == null || "FR".equals(code))) {
            postalCode = "0" + postalCode;
        }
        try {
            PostalAddress a = new PostalAddress(v.get(ImportTarget.ADDRESS_LINE1), v.get(ImportTarget.ADDRESS_LINE2),
                    postalCode, v.get(ImportTarget.CITY), code);
            return a.isEmpty() ? null : a;
        } catch (InvalidValue e) {
            problems.add(new ImportRow.Problem(e.field(), e.message()));
            return null;
        }
    }

    /** Country codes by their folded code and their French and English names. */
    private static Map<String, String> countries() {
        Map<String, String> m = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale l = new Locale("", iso);
            m.put(Folding.fold(iso), iso);
            m.put(Folding.fold(l.getDisplayCountry(Locale.FRENCH)), iso);
            m.put(Folding.fold(l.getDisplayCountry(Locale.ENGLISH)), iso);
        }
        return Map.copyOf(m);
    }
}
