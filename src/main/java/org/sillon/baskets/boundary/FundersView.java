package org.sillon.baskets.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.SolidarityFunder;
import org.sillon.people.boundary.OrganisationCard;
import org.sillon.people.boundary.OrganisationPicker;
import org.sillon.people.boundary.Organisations;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.entity.Money;

/**
 * The funders of solidarity baskets page: the office reads each funder's share per basket, yearly budget and what it
 * was billed this year; the treasurer and administrators make an organisation a funder and change its amounts.
 */
@Named
@ViewScoped
public class FundersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A funder as the list shows it; no budget is no limit. */
    public record Row(long id, String organisation, BigDecimal share, BigDecimal yearlyBudget, BigDecimal billed)
            implements Serializable {
    }

    @Inject
    Funders funders;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationPicker picker;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private int year;
    private List<Row> rows;
    /** The funder the form changes; null while it makes a new one. */
    private Long editedId;
    private String editedName;
    private long version;
    private Long organisationId;
    private BigDecimal share;
    private BigDecimal yearlyBudget;

    @PostConstruct
    void read() {
        year = LocalDate.now(clock).getYear();
        List<SolidarityFunder> all = funders.list();
        Map<Long, String> names = organisations.cards(all.stream().map(SolidarityFunder::organisationId).toList())
                .stream().collect(Collectors.toMap(OrganisationCard::id, OrganisationCard::name));
        rows = all.stream().map(f -> new Row(f.id(), names.getOrDefault(f.organisationId(), "#" + f.organisationId()),
                f.share().amount(), f.yearlyBudget() == null ? null : f.yearlyBudget().amount(),
                funders.used(f, year).amount())).toList();
    }

    /** Opens a funder in the form, as it is now. */
    public void edit(long id) {
        SolidarityFunder f = funders.find(id);
        editedId = f.id();
        editedName = rows.stream().filter(r -> r.id() == id).map(Row::organisation).findFirst().orElse("");
        version = f.version();
        organisationId = f.organisationId();
        share = f.share().amount();
        yearlyBudget = f.yearlyBudget() == null ? null : f.yearlyBudget().amount();
    }

    /** Empties the form for a new funder. */
    public void startNew() {
        editedId = null;
        editedName = null;
        organisationId = null;
        share = null;
        yearlyBudget = null;
    }

    /** Saves the form: a new funder, or the edited one if no one changed it meanwhile; a refusal is said beside its field. */
    public void save() {
        Money newShare = share == null ? null : Money.of(share);
        Money budget = yearlyBudget == null ? null : Money.of(yearlyBudget);
        Faces.attempt(user.in(Audience.ACCOUNT_KEEPERS), "funder", () -> {
            if (editedId == null) {
                funders.create(organisationId, newShare, budget);
            } else {
                funders.update(editedId, version, newShare, budget);
            }
            Faces.info("form.saved");
            startNew();
            read();
            return null;
        }, () -> {
            read();
            edit(editedId);
        });
    }

    public OrganisationPicker getPicker() {
        return picker;
    }

    public int getYear() {
        return year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedName() {
        return editedName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public BigDecimal getShare() {
        return share;
    }

    public void setShare(BigDecimal share) {
        this.share = share;
    }

    public BigDecimal getYearlyBudget() {
        return yearlyBudget;
    }

    public void setYearlyBudget(BigDecimal yearlyBudget) {
        this.yearlyBudget = yearlyBudget;
    }
}
