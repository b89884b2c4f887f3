package org.sillon.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupLimitTest {

    private static final String TOO_LONG = "part p has a tag, comment or CDATA section longer than 20 bytes";

    private static byte[] pass(String xml) {
        try (InputStream in = new MarkupLimit("p", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 20)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(String xml) {
        return assertThrows(MalformedFile.class, () -> pass(xml)).getMessage();
    }

    @Test
    void passesBytesUnchangedAndLongTextAtWill() {
        String xml = "<a>" + "é".repeat(1000) + "</a><!--x--><?p?><![CDATA[y]]>";
        assertArrayEquals(xml.getBytes(StandardCharsets.UTF_8), pass(xml));
    }

    @Test
    void refusesTagsPastTheCapUpToTheirClosingBracket() {
        pass("<a bcdefghi=\"jklmn\">"); // 20 bytes
        assertEquals(TOO_LONG, refusal("<a bcdefghi=\"jklmno\">"));
        assertEquals(TOO_LONG, refusal("<a b=\">>>>>>>>>>>>>>>\">"), "a bracket inside a value does not end the tag");
        assertEquals(TOO_LONG, refusal("<a b='\">>>>>>>>>>>>>'>"));
        assertEquals(TOO_LONG, refusal("</abcdefghijklmnopqrs>"));
    }

    @Test
    void refusesCommentsCdataAndInstructionsPastTheCap() {
        pass("<!--123456789012-->");
        assertEquals(TOO_LONG, refusal("<!--1234567890123456-->"));
        assertEquals(TOO_LONG, refusal("<!--->" + "x".repeat(20)), "a comment's end does not overlap its opening");
        pass("<![CDATA[12345678]]>");
        assertEquals(TOO_LONG, refusal("<![CDATA[123456789]]>"));
        pass("<![CDATA[]]]>" + "x".repeat(20)); // "]" then the end
        pass("<?p 1234567890123?>");
        assertEquals(TOO_LONG, refusal("<?>" + "x".repeat(20)), "nor does an instruction's");
    }

    @Test
    void refusesDtds() {
        assertEquals("part p declares a DTD, which a workbook must not", refusal("<!DOCTYPE a>"));
        assertEquals("part p declares a DTD, which a workbook must not", refusal("<a><!ENTITY"));
    }
}
