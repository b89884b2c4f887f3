package org.sillon.exchange.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.sillon.platform.control.CountingStream;
import org.sillon.platform.entity.Message;

/**
 * Refuses an XLSX file before fastexcel-reader opens it, by the limits fastexcel has none of (see
 * docs/decisions.md), in two passes over the bytes opened as fastexcel opens them (commons-compress, in
 * memory). First every part, duplicates included, is inflated through a fixed buffer and counted: refused as
 * soon as a part or all of them pass their byte limits, or a part inflates more than the ratio limit allows.
 * Then the parts fastexcel reads are parsed by the JDK's StAX reader for the limits on rows and cells
 * ({@link SheetRules}, {@link SharedStringRules}) and for what would make fastexcel hold too much
 * ({@link XmlPart}, {@link WorkbookParts}). Nothing read is kept but counts.
 */
public final class WorkbookGuard {

    /** Parts a member list has: a dozen, a few hundred with pictures and charts. */
    static final int MAX_PARTS = 1_000;
    /** Inflated bytes before the ratio is checked, so that small parts, which compress well, are not refused. */
    static final long RATIO_GRACE = 1 << 20;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final long markupLimit;
    private long total;

    private WorkbookGuard(ZipFile zip, ImportLimits limits) {
        this.zip = zip;
        this.limits = limits;
        // a cell of the longest text in 4-byte characters or escapes fits in one CDATA section
        this.markupLimit = Math.max(1 << 20, 4L * limits.maxCellChars());
    }

    /** Refuses the workbook with a {@link FileTooLarge} or a {@link MalformedFile} past any limit. */
    public static void check(byte[] bytes, ImportLimits limits) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            WorkbookGuard guard = new WorkbookGuard(zip, limits);
            guard.inflateAll();
            guard.parse();
        } catch (IOException e) {
            throw new MalformedFile(0, Message.of("import.xlsxUnreadable", e.getMessage()));
        }
    }

    private void inflateAll() throws IOException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_PARTS) {
            throw new FileTooLarge(Message.of("import.maxParts", MAX_PARTS));
        }
        for (ZipArchiveEntry e : entries) {
            if (e.getMethod() != ZipMethod.STORED.getCode() && e.getMethod() != ZipMethod.DEFLATED.getCode()) {
                throw new MalformedFile(0, Message.of("import.method", e.getName(), e.getMethod()));
            }
            try (InputStream in = new Inflation(e, zip.getInputStream(e))) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private void parse() throws IOException {
        WorkbookParts.ContentTypes types = parse(entry(WorkbookParts.CONTENT_TYPES), new WorkbookParts.ContentTypes());
        if (types == null) {
            return;
        }
        ZipArchiveEntry styles = entry(types.styles());
        if (styles != null) {
            parse(styles, new WorkbookParts.Styles(styles.getName()));
        }
        SharedStringRules sharedStrings = parse(entry(types.sharedStrings()), new SharedStringRules(limits));
        parse(entry(firstSheet(types)), new SheetRules(limits, sharedStrings == null ? 0 : sharedStrings.count()));
    }

    /** The name of the first sheet's part, read from the workbook and its relationships; null if there is none. */
    private String firstSheet(WorkbookParts.ContentTypes types) throws IOException {
        ZipArchiveEntry book = entry(types.workbook());
        WorkbookParts.Workbook workbook = book == null ? null : parse(book, new WorkbookParts.Workbook(book.getName()));
        String relationships = types.relationships();
        ZipArchiveEntry links = entry(relationships);
        if (workbook == null || !workbook.hasSheet() || links == null) {
            return null;
        }
        return parse(links, new WorkbookParts.Relationships(links.getName(), relationships, workbook.firstSheet())).sheet();
    }

    /** Reads a part, if there is one, under its rules; answers them. */
    private <R extends XmlPart.Rules> R parse(ZipArchiveEntry e, R rules) throws IOException {
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XmlPart.read(e.getName(), in, markupLimit, rules);
        }
        return rules;
    }

    /** The entry fastexcel opens for a part name: exactly named, or else the first named alike in any case. */
    private ZipArchiveEntry entry(String name) {
        if (name == null) {
            return null;
        }
        String path = name.startsWith("/") ? name.substring(1) : name;
        ZipArchiveEntry e = zip.getEntry(path);
        if (e != null) {
            return e;
        }
        for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
            ZipArchiveEntry candidate = all.nextElement();
            if (candidate.getName().equalsIgnoreCase(path)) {
                return candidate;
            }
        }
        return null;
    }

    /** One part as it inflates, refused past the byte and ratio limits. */
    private final class Inflation extends CountingStream {
        private final ZipArchiveEntry entry;

        Inflation(ZipArchiveEntry entry, InputStream in) {
            super(in);
            this.entry = entry;
        }

        @Override
        protected void counted(int read, long bytes) {
            total += read;
            if (bytes > limits.maxPartBytes()) {
                throw new FileTooLarge(Message.of("import.maxInflated", entry.getName(), limits.maxPartBytes(),
                        ImportLimits.MAX_PART_BYTES));
            }
            if (total > limits.maxTotalBytes()) {
                throw new FileTooLarge(Message.of("import.maxInflatedTotal", limits.maxTotalBytes(),
                        ImportLimits.MAX_TOTAL_BYTES));
            }
            if (bytes > RATIO_GRACE && bytes > limits.maxRatio() * Math.max(1, compressed())) {
                throw new FileTooLarge(Message.of("import.maxRatio", entry.getName(), limits.maxRatio(),
                        ImportLimits.MAX_RATIO));
            }
        }

        /** The compressed bytes read so far: the ratio is that of what has been inflated. */
        private long compressed() {
            return in instanceof InputStreamStatistics s ? s.getCompressedCount() : entry.getCompressedSize();
        }
    }
}
