package org.sillon.baskets.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sillon.baskets.entity.SubscriptionPeriod;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.IsoWeek;

/**
 * The periods part of the offers and periods page ({@code baskets/offers.xhtml}): the periods subscriptions are
 * sold for, with their weeks and days; the treasurer creates and edits them in a dialog.
 */
@Named
@ViewScoped
public class PeriodsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A period as its row shows it: weeks as typed (2027-W01), from the first Monday to the last Sunday. */
    public record Row(long id, String name, String firstWeek, String lastWeek, LocalDate from, LocalDate to,
            long weeks, long version) implements Serializable {

        static Row of(SubscriptionPeriod p) {
            return new Row(p.id(), p.name(), p.firstWeek().toString(), p.lastWeek().toString(), p.firstWeek().monday(),
                    p.lastWeek().day(DayOfWeek.SUNDAY), p.firstWeek().weeksUntil(p.lastWeek()) + 1, p.version());
        }
    }

    @Inject
    Periods periods;

    @Inject
    UserSession user;

    private List<Row> rows;

    // the period dialog: a new period, or the period edited at the version read
    private Long editedId;
    private long editedVersion;
    private String name;
    private String firstWeek;
    private String lastWeek;

    @PostConstruct
    void read() {
        rows = periods.list().stream().map(Row::of).toList();
    }

    /** Opens the dialog on a new period. */
    public void startCreating() {
        editedId = null;
        name = null;
        firstWeek = null;
        lastWeek = null;
    }

    /** Opens the dialog on a period as last read. */
    public void startEditing(long id) {
        Row r = rows.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        editedId = r.id();
        editedVersion = r.version();
        name = r.name();
        firstWeek = r.firstWeek();
        lastWeek = r.lastWeek();
    }

    /** Creates the period, or saves the edited one if no one changed it meanwhile; a refusal is said beside its field. */
    public void save() {
        Faces.attempt(user.in(Audience.OFFER_EDITORS), "period", () -> {
            IsoWeek first = SubscriptionsResource.optionalWeek("firstWeek", firstWeek);
            IsoWeek last = SubscriptionsResource.optionalWeek("lastWeek", lastWeek);
            SubscriptionPeriod saved = editedId == null ? periods.create(name, first, last)
                    : periods.update(editedId, editedVersion, name, first, last);
            Faces.info("periods.saved", saved.name());
            read();
            PrimeFaces.current().ajax().update("messages");
            PrimeFaces.current().executeScript("PF('periodDialog').hide()");
            return null;
        }, () -> {
            read();
            startEditing(editedId);
        });
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFirstWeek() {
        return firstWeek;
    }

    public void setFirstWeek(String firstWeek) {
        this.firstWeek = firstWeek;
    }

    public String getLastWeek() {
        return lastWeek;
    }

    public void setLastWeek(String lastWeek) {
        this.lastWeek = lastWeek;
    }
}
