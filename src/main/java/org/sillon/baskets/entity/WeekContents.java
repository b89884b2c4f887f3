package org.sillon.baskets.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.entity.InstantConverter;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.IsoWeekConverter;
import org.sillon.platform.entity.Message;

/**
 * What the baskets hold in a week, size by size, and the animator's news or recipe: what the signing sheets print
 * and the week's letter (the "feuille de chou") sends. Once the letter has gone, the week's contents stay as sent.
 */
@Entity
@Table(name = "week_contents")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "association_id", contextProperty = Tenancy.PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class WeekContents {

    public static final int MAX_LINES = 40;
    public static final int MAX_PRODUCT = 100;
    public static final int MAX_QUANTITY = 50;
    public static final int MAX_ORIGIN = 100;
    public static final int MAX_NEWS = 4000;

    /** A product of a size, as stored. */
    @Embeddable
    public static class Line {

        @Column(name = "size_offer_id", nullable = false)
        private long sizeOfferId;

        @Column(nullable = false)
        private String product;

        private String quantity;

        private String origin;

        protected Line() {
            // for JPA
        }

        Line(long sizeOfferId, String product, String quantity, String origin) {
            this.sizeOfferId = sizeOfferId;
            this.product = product;
            this.quantity = quantity;
            this.origin = origin;
        }

        public ContentLine view() {
            return new ContentLine(sizeOfferId, product, quantity, origin);
        }
    }

    @Id
    @SequenceGenerator(name = "week_contents_seq", sequenceName = "week_contents_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "week_contents_seq")
    private Long id;

    @Column(name = "iso_week", nullable = false, updatable = false)
    @Convert(converter = IsoWeekConverter.class)
    private IsoWeek week;

    private String news;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "week_content_line", joinColumns = @JoinColumn(name = "week_contents_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    @Column(name = "sent_at")
    @Convert(converter = InstantConverter.class)
    private Instant sentAt;

    @Column(name = "sent_by")
    private String sentBy;

    private Integer letters;

    @Version
    private long version;

    protected WeekContents() {
        // for JPA
    }

    public WeekContents(IsoWeek week) {
        this.week = week;
    }

    /**
     * Replaces the week's products and news. {@code sizes} are the ids of the association's basket sizes; every
     * fault is refused at once, each line's on {@code lines[i].field}. Refused once the letter has gone.
     */
    public void fill(List<ContentLine> given, String newsText, Set<Long> sizes) {
        if (sentAt != null) {
            throw new InvalidValue("week", Message.of("contents.sent", week));
        }
        List<ContentLine> all = given == null ? List.of() : given;
        InvalidValue.Checks checks = new InvalidValue.Checks();
        String n = newsText == null ? null : newsText.strip();
        checks.check("lines", all.size() <= MAX_LINES * Math.max(1, sizes.size()),
                Message.of("contents.tooMany", MAX_LINES));
        checks.check("news", n == null || n.length() <= MAX_NEWS, Message.of("max.length", MAX_NEWS));
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ContentLine l = all.get(i);
            String at = "lines[" + i + "].";
            String product = clean(l == null ? null : l.product());
            String quantity = clean(l == null ? null : l.quantity());
            String origin = clean(l == null ? null : l.origin());
            checks.check(at + "sizeOfferId", l != null && l.sizeOfferId() != null && sizes.contains(l.sizeOfferId()),
                    Message.of("contents.notSize"));
            checks.check(at + "product", product != null && product.length() <= MAX_PRODUCT,
                    Message.of("name.length", MAX_PRODUCT));
            checks.check(at + "quantity", quantity == null || quantity.length() <= MAX_QUANTITY,
                    Message.of("max.length", MAX_QUANTITY));
            checks.check(at + "origin", origin == null || origin.length() <= MAX_ORIGIN,
                    Message.of("max.length", MAX_ORIGIN));
            if (l != null && l.sizeOfferId() != null && product != null) {
                kept.add(new Line(l.sizeOfferId(), product, quantity, origin));
            }
        }
        checks.refuseIfAny();
        lines.clear();
        lines.addAll(kept);
        this.news = n == null || n.isEmpty() ? null : n;
    }

    /** Records that the week's letter went to {@code letters} households; once a week. */
    public void sent(int count, String by, Instant now) {
        if (sentAt != null) {
            throw new InvalidValue("week", Message.of("contents.sent", week));
        }
        this.sentAt = now;
        this.sentBy = by;
        this.letters = count;
    }

    private static String clean(String s) {
        String t = s == null ? null : s.strip().replaceAll("\\s+", " ");
        return t == null || t.isEmpty() ? null : t;
    }

    /** The products of a size, in the order entered. */
    public List<ContentLine> of(long sizeOfferId) {
        return lines.stream().filter(l -> l.sizeOfferId == sizeOfferId).map(Line::view).toList();
    }

    public List<ContentLine> lines() {
        return lines.stream().map(Line::view).toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Long id() {
        return id;
    }

    public IsoWeek week() {
        return week;
    }

    public String news() {
        return news;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Integer letters() {
        return letters;
    }

    public long version() {
        return version;
    }
}
