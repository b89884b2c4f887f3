package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sillon.exchange.entity.ImportOutcome;
import org.sillon.exchange.entity.ImportTarget;
import org.sillon.platform.entity.Message;

class ImportCheckTest {

    private static final List<ImportTarget> COLUMNS = List.of(ImportTarget.FIRST_NAME, ImportTarget.LAST_NAME,
            ImportTarget.EMAIL, ImportTarget.ADDRESS_LINE1, ImportTarget.POSTAL_CODE);

    private static MemberFile file(List<String>... rows) {
        List<MemberFile.Row> r = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            r.add(new MemberFile.Row(i + 2, rows[i]));
        }
        return new MemberFile(MemberFile.CSV, "UTF-8", ";", List.of("a", "b", "c", "d", "e"), r);
    }

    @Test
    void findsDuplicatesOfTheRegistryAndOfEarlierLinesByEmailOrByNameAndAddress() {
        DuplicateIndex registry = new DuplicateIndex();
        registry.add("known@example.org", null, new DuplicateIndex.Known(345L, Message.of("import.duplicateOf", "Marie Lefèvre", 345)));
        registry.add(null, ImportRow.nameAddressKey("Yann", "Tanguy", "1 rue du Port", "56100"),
                new DuplicateIndex.Known(346L, Message.of("import.duplicateOf", "Yann Tanguy", 346)));
        @SuppressWarnings("unchecked")
        List<ImportCheck.Checked> checked = ImportCheck.check(file(
                List.of("Marie", "Lefèvre", "KNOWN@example.org", "", ""),
                List.of("YANN", "Tanguy", "", "1, rue du port", "56100"),
                List.of("Anne", "Le Gall", "anne@example.org", "2 rue Neuve", "29000"),
                List.of("Annie", "Le Gall", "ANNE@example.org", "", ""),
                List.of("anne", "LE GALL", "", "2 Rue Neuve", "29000"),
                List.of("Zoé", "", "zoe@example.org", "", ""),
                List.of("Zoé", "Morvan", "zoe@example.org", "", "")), COLUMNS, LocalDate.of(2026, 1, 1), registry, 100);
        assertEquals(List.of(ImportOutcome.DUPLICATE, ImportOutcome.DUPLICATE, ImportOutcome.CREATED,
                ImportOutcome.DUPLICATE, ImportOutcome.DUPLICATE, ImportOutcome.ERROR, ImportOutcome.CREATED),
                checked.stream().map(ImportCheck.Checked::outcome).toList());
        assertEquals("duplicate of Marie Lefèvre (person no. 345)", checked.get(0).duplicateMessage().toString());
        assertEquals(345L, checked.get(0).duplicate().known().personId());
        assertEquals("address", checked.get(1).duplicate().field());
        assertEquals("duplicate of line 4", checked.get(3).duplicateMessage().toString());
        assertEquals("doublon de la ligne 4", checked.get(3).duplicateMessage().text(Locale.FRENCH));
        assertEquals("email", checked.get(3).duplicate().field());
        assertEquals("duplicate of line 4", checked.get(4).duplicateMessage().toString());
    }
}
