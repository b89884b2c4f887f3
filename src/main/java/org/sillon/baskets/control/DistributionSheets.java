package org.sillon.baskets.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sillon.baskets.boundary.BasketContents;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.baskets.boundary.Distributions.Basket;
import org.sillon.baskets.boundary.Distributions.Distribution;
import org.sillon.baskets.boundary.Distributions.PointSheet;
import org.sillon.baskets.boundary.Distributions.Total;
import org.sillon.platform.control.CsvSheet;

/**
 * A week's distribution printed: a PDF with the garden's totals first, then a signing sheet per drop-off point
 * (each household's basket, a box to sign); and a CSV of every basket, one per line, as Excel opens it. Texts
 * are in the reader's language, French or English.
 */
public final class DistributionSheets {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final ResourceBundle texts;
    private final Locale locale;

    public DistributionSheets(Locale locale) {
        this.locale = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.texts = ResourceBundle.getBundle("org.sillon.platform.messages", this.locale,
                DistributionSheets.class.getClassLoader());
    }

    /**
     * One line per basket: point, day, household, size, options, quantity, who collects, note; and for a round's
     * baskets the stop, the address and the instructions.
     */
    public void csv(Distribution d, OutputStream out) throws IOException {
        try (CsvSheet sheet = new CsvSheet(out)) {
            sheet.row(List.of(t("sheet.point"), t("sheet.day"), t("sheet.household"), t("sheet.size"),
                    t("sheet.options"), t("sheet.quantity"), t("sheet.collectedBy"), t("sheet.note"),
                    t("sheet.stop"), t("sheet.address"), t("sheet.instructions")));
            for (PointSheet p : d.points()) {
                for (Basket b : p.baskets()) {
                    sheet.row(Arrays.asList(p.name(), p.day(), b.household(), b.size(),
                            b.optionsLine(), Integer.toString(b.quantity()), b.collectedBy(),
                            note(b), b.stop() == null ? null : b.stop().toString(), b.address(), b.instructions()));
                }
            }
        }
    }

    /** The garden's totals, then one signing sheet per drop-off point, each on its own page. */
    public void pdf(Distribution d, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(MessageFormat.format(t("sheet.title"), d.week()));
            doc.open();
            doc.add(new Paragraph(MessageFormat.format(t("sheet.title"), d.week()), TITLE));
            if (d.closed()) {
                doc.add(new Paragraph(t("sheet.closed") + (d.closure() == null || d.closure().isEmpty() ? ""
                        : " : " + d.closure()), BODY));
            } else {
                doc.add(new Paragraph(MessageFormat.format(t("sheet.grandTotal"), d.baskets()), BODY));
                doc.add(totals(d.totals()));
                PdfPTable perPoint = table(new float[] {4, 2, 1}, t("sheet.point"), t("sheet.day"), t("sheet.baskets"));
                for (PointSheet p : d.points()) {
                    cells(perPoint, p.name(), day(p), Long.toString(count(p)));
                }
                doc.add(perPoint);
                contents(doc, d);
                for (PointSheet p : d.points()) {
                    doc.newPage();
                    if (p.isRound()) {
                        routeSheet(doc, d, p);
                    } else {
                        signingSheet(doc, d, p);
                    }
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private void signingSheet(Document doc, Distribution d, PointSheet p) throws DocumentException {
        doc.add(new Paragraph(p.name() + " · " + day(p) + " · " + d.week(), TITLE));
        if (p.address() != null) {
            doc.add(new Paragraph(p.address(), SMALL));
        }
        if (p.openingHours() != null) {
            doc.add(new Paragraph(p.openingHours(), SMALL));
        }
        doc.add(new Paragraph(t("sheet.duty") + " : " + (p.volunteers().isEmpty() ? t("sheet.noDuty")
                : String.join(", ", p.volunteers())), BODY));
        PdfPTable t = table(new float[] {4, 2, 3, 1, 3, 3}, t("sheet.household"), t("sheet.size"),
                t("sheet.options"), t("sheet.quantity"), t("sheet.note"), t("sheet.signature"));
        t.setHeaderRows(1);
        for (Basket b : p.baskets()) {
            String note = note(b);
            cells(t, b.household(), b.size(), b.optionsLine(), Integer.toString(b.quantity()),
                    b.collectedBy() == null ? note : join(MessageFormat.format(t("sheet.givenTo"), b.collectedBy()),
                            note), "");
        }
        doc.add(t);
        doc.add(totals(p.totals()));
        contents(doc, d);
    }

    /** What is in each size this week, and the news, when the garden team entered them: households read it there. */
    private void contents(Document doc, Distribution d) throws DocumentException {
        if (d.contents().isEmpty() && d.news() == null) {
            return;
        }
        doc.add(new Paragraph(t("sheet.contents"), HEADING));
        for (BasketContents.SizeContents size : d.contents()) {
            StringBuilder line = new StringBuilder(size.size()).append(" : ");
            for (int i = 0; i < size.lines().size(); i++) {
                ContentLine l = size.lines().get(i);
                line.append(i == 0 ? "" : ", ").append(l.product());
                if (l.quantity() != null) {
                    line.append(' ').append(l.quantity());
                }
                if (l.origin() != null) {
                    line.append(" (").append(l.origin()).append(')');
                }
            }
            doc.add(new Paragraph(line.toString(), BODY));
        }
        if (d.news() != null) {
            doc.add(new Paragraph(d.news(), SMALL));
        }
    }

    /** A round's sheet: its stops in order, each with its address and instructions, a box to tick when delivered. */
    private void routeSheet(Document doc, Distribution d, PointSheet p) throws DocumentException {
        doc.add(new Paragraph(t("sheet.route") + " · " + p.name() + " · " + day(p) + " · " + d.week(), TITLE));
        if (p.openingHours() != null) {
            doc.add(new Paragraph(p.openingHours(), SMALL));
        }
        PdfPTable t = table(new float[] {1, 4, 6, 4, 1, 2}, t("sheet.stop"), t("sheet.household"),
                t("sheet.address"), t("sheet.size"), t("sheet.quantity"), t("sheet.delivered"));
        t.setHeaderRows(1);
        for (Basket b : p.baskets()) {
            String basket = b.options().isEmpty() ? b.size() : b.size() + " + " + b.optionsLine();
            cells(t, b.stop() == null ? "" : b.stop().toString(), join(b.household(), note(b)),
                    join(b.address(), b.instructions()), basket, Integer.toString(b.quantity()), "");
        }
        doc.add(t);
        doc.add(totals(p.totals()));
        contents(doc, d);
    }

    private PdfPTable totals(List<Total> totals) {
        PdfPTable t = table(new float[] {4, 1}, t("sheet.offer"), t("sheet.quantity"));
        totals.forEach(x -> cells(t, x.offer(), Long.toString(x.quantity())));
        return t;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, HEADING));
            c.setGrayFill(0.9f);
            t.addCell(c);
        }
        return t;
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v, BODY));
            c.setMinimumHeight(20);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(c);
        }
    }

    private static long count(PointSheet p) {
        return p.baskets().stream().mapToLong(Basket::quantity).sum();
    }

    private String day(PointSheet p) {
        return p.day() == null ? "" : p.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }

    /** Why a basket is out of the ordinary: donated, or a basket shifted from an earlier week. */
    private String note(Basket b) {
        String shifted = b.shiftedFrom() == null ? null : MessageFormat.format(t("sheet.shiftedFrom"), b.shiftedFrom());
        return join(b.donated() ? t("sheet.donated") : null, shifted);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " · " + b;
    }

    private String t(String key) {
        return texts.getString(key);
    }
}
