package org.sillon.exchange.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses how a CSV file was written. Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in
 * Windows-1252; Galette and LibreOffice write UTF-8 without a mark. Text that decodes strictly as UTF-8 is
 * almost never Windows-1252 with accents, so that test decides; the separator is the most frequent of
 * ";", "," and tab on the header line, outside quotes.
 */
public final class CsvSniffer {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char[] SEPARATORS = {';', ',', '\t'};

    /** The encoding and where the text starts (after a byte-order mark). */
    public record Encoding(Charset charset, int offset) {
    }

    private CsvSniffer() {
    }

    public static Encoding encoding(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return new Encoding(StandardCharsets.UTF_8, 0);
        } catch (CharacterCodingException e) {
            return new Encoding(WINDOWS_1252, 0);
        }
    }

    /** The separator of the header line: the most frequent candidate outside quotes; ";" when none is there. */
    public static char separator(String headerLine) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < SEPARATORS.length && !quoted; i++) {
                if (c == SEPARATORS[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < SEPARATORS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return SEPARATORS[best];
    }
}
