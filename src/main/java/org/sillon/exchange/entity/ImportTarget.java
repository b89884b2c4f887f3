package org.sillon.exchange.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sillon.platform.entity.Folding;

/**
 * What a column of an imported member list can fill, with the headers (folded, French and English, Galette's
 * export names) that make us guess it. The one table to extend when persons gain fields.
 */
public enum ImportTarget {
    CIVILITY("civility", "civilite", "titre", "title", "civility", "titre adh", "civilite adh"),
    FIRST_NAME("firstName", "prenom", "first name", "firstname", "given name", "prenom adh"),
    LAST_NAME("lastName", "nom", "nom de famille", "last name", "lastname", "surname", "family name", "name", "nom adh"),
    EMAIL("email", "email", "e mail", "mail", "courriel", "adresse email", "adresse mail", "email adh", "courriel adh"),
    PHONE("phone", "telephone", "tel", "phone", "telephone fixe", "fixe", "tel adh", "telephone adh"),
    MOBILE_PHONE("mobilePhone", "portable", "mobile", "gsm", "telephone portable", "mobile phone", "cell", "gsm adh"),
    ADDRESS_LINE1("line1", "adresse", "address", "adresse 1", "adresse ligne 1", "address line 1", "rue", "street",
            "adresse adh"),
    ADDRESS_LINE2("line2", "complement", "complement d adresse", "adresse 2", "adresse ligne 2", "address line 2",
            "adresse2 adh", "adresse 2 adh"),
    POSTAL_CODE("postalCode", "code postal", "cp", "postal code", "zip", "zip code", "postcode", "cp adh"),
    CITY("city", "ville", "commune", "city", "town", "localite", "ville adh"),
    COUNTRY("country", "pays", "country", "pays adh"),
    LANGUAGE("language", "langue", "language", "pref lang", "langue adh"),
    HOUSEHOLD_KEY("householdKey", "foyer", "household", "famille", "family", "numero de foyer", "household id",
            "id foyer", "code foyer"),
    REGISTERED_ON("registeredOn", "date d inscription", "inscription", "date inscription", "date d adhesion",
            "adhesion", "registered", "registered on", "date registered", "joined", "date creation",
            "date crea adh", "date de creation");

    private final String key;
    private final List<String> synonyms;

    ImportTarget(String key, String... synonyms) {
        this.key = key;
        this.synonyms = List.of(synonyms);
    }

    /** The name in mappings, REST bodies and report lines: the field name of the person where there is one. */
    public String key() {
        return key;
    }

    /** Whether {@code header}, once folded (underscores count as spaces), is one of this target's names. */
    public boolean matches(String header) {
        String h = Folding.fold(header == null ? "" : header.replace('_', ' '));
        return synonyms.contains(h);
    }

    /** The target that fills a field a report names ({@code address.postalCode} is filled by POSTAL_CODE). */
    public static Optional<ImportTarget> ofField(String field) {
        return ofKey(field.startsWith("address.") ? field.substring("address.".length()) : field);
    }

    public static Optional<ImportTarget> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
