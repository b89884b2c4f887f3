package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillon.exchange.entity.ImportTarget;

class ColumnGuessTest {

    @Test
    void guessesFrenchAndEnglishHeadersWhateverTheirCaseAndAccents() {
        List<ImportTarget> g = ColumnGuess.guess(List.of("NOM", "Prénom", "E-mail", "Téléphone", "Portable",
                "Adresse", "Code postal", "Ville", "Pays", "Foyer", "Date d'inscription", "Civilité", "Langue"));
        assertEquals(List.of(ImportTarget.LAST_NAME, ImportTarget.FIRST_NAME, ImportTarget.EMAIL, ImportTarget.PHONE,
                ImportTarget.MOBILE_PHONE, ImportTarget.ADDRESS_LINE1, ImportTarget.POSTAL_CODE, ImportTarget.CITY,
                ImportTarget.COUNTRY, ImportTarget.HOUSEHOLD_KEY, ImportTarget.REGISTERED_ON, ImportTarget.CIVILITY,
                ImportTarget.LANGUAGE), g);
        assertEquals(List.of(ImportTarget.FIRST_NAME, ImportTarget.LAST_NAME, ImportTarget.POSTAL_CODE),
                ColumnGuess.guess(List.of("First name", "Surname", "ZIP")));
    }

    @Test
    void guessesGalettesExportHeaders() {
        List<ImportTarget> g = ColumnGuess.guess(List.of("id_adh", "nom_adh", "prenom_adh", "email_adh", "adresse_adh",
                "cp_adh", "ville_adh", "tel_adh", "gsm_adh", "date_crea_adh"));
        assertEquals(Arrays.asList(null, ImportTarget.LAST_NAME, ImportTarget.FIRST_NAME, ImportTarget.EMAIL,
                ImportTarget.ADDRESS_LINE1, ImportTarget.POSTAL_CODE, ImportTarget.CITY, ImportTarget.PHONE,
                ImportTarget.MOBILE_PHONE, ImportTarget.REGISTERED_ON), g);
    }

    @Test
    void unknownHeadersAndSecondColumnsForATargetAreIgnored() {
        assertEquals(Arrays.asList(ImportTarget.EMAIL, null, null),
                ColumnGuess.guess(List.of("Courriel", "Mail", "Patronyme")));
    }
}
