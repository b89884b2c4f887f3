package org.sillon.dedupe.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.PageRequest;
import org.sillon.platform.entity.PhoneNumbers;
import org.sillon.people.boundary.PersonCard;
import org.sillon.people.boundary.Persons;

/**
 * The likely duplicates, and the side-by-side comparison of one pair: the editor chooses which record
 * survives and, per field, whether the other record's value wins, then merges or dismisses the pair.
 */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The page shows the best pairs; the REST list pages through all of them. */
    private static final int SHOWN = PageRequest.MAX_SIZE;

    /** One line of the comparison: a mergeable field and each record's value as shown. */
    public record FieldRow(String field, String label, String first, String second) implements Serializable {

        public boolean isDifferent() {
            return !java.util.Objects.equals(first, second);
        }
    }

    @Inject
    Duplicates duplicates;

    @Inject
    Merges merges;

    @Inject
    Persons persons;

    @Inject
    UserSession user;

    private Integer minScore;
    private List<Duplicates.Pair> pairs;
    private long total;
    private Duplicates.Pair selected;
    private List<FieldRow> rows = List.of();
    private long firstVersion;
    private long secondVersion;
    private boolean firstSurvives = true;
    private Map<String, Boolean> takeOther = new HashMap<>();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        var page = duplicates.find(minScore, new PageRequest(0, SHOWN, "score", true));
        pairs = page.items();
        total = page.total();
    }

    /** Opens the comparison of a pair, read afresh with the versions the merge will check. */
    public void compare(Duplicates.Pair pair) {
        Map<Long, PersonCard> cards = new HashMap<>();
        persons.cards(List.of(pair.first().id(), pair.second().id())).forEach(c -> cards.put(c.id(), c));
        PersonCard first = cards.get(pair.first().id());
        PersonCard second = cards.get(pair.second().id());
        if (first == null || second == null) {
            Faces.error("duplicates.gone");
            selected = null;
            search();
            return;
        }
        selected = pair;
        firstVersion = first.version();
        secondVersion = second.version();
        firstSurvives = true;
        takeOther = new HashMap<>();
        rows = List.of(
                row("civility", "person.civility", civility(first), civility(second)),
                row("firstName", "person.firstName", first.firstName(), second.firstName()),
                row("lastName", "person.lastName", first.lastName(), second.lastName()),
                row("email", "person.email", first.email(), second.email()),
                row("phone", "person.phone", phone(first.phone()), phone(second.phone())),
                row("mobilePhone", "person.mobilePhone", phone(first.mobilePhone()), phone(second.mobilePhone())),
                row("address", "person.address", first.address() == null ? null : first.address().oneLine(),
                        second.address() == null ? null : second.address().oneLine()),
                row("language", "person.language", Faces.text("lang." + first.language().name().toLowerCase()),
                        Faces.text("lang." + second.language().name().toLowerCase())),
                row("household", "person.household", first.householdName(), second.householdName()));
    }

    public String merge() {
        return Faces.attempt(user.isPeopleEditor(), "duplicates", () -> {
            long survivor = firstSurvives ? selected.first().id() : selected.second().id();
            long other = firstSurvives ? selected.second().id() : selected.first().id();
            Set<String> taken = new LinkedHashSet<>();
            takeOther.forEach((field, take) -> {
                if (Boolean.TRUE.equals(take)) {
                    taken.add(field);
                }
            });
            var kept = merges.merge(new Merges.Request(survivor, firstSurvives ? firstVersion : secondVersion,
                    other, firstSurvives ? secondVersion : firstVersion, List.copyOf(taken)), user.caller());
            Faces.info("duplicates.merged");
            return "/people/person?faces-redirect=true&id=" + kept.id();
        }, () -> compare(selected));
    }

    public void dismiss() {
        Faces.attempt(user.isPeopleEditor(), "duplicates", () -> {
            duplicates.dismiss(List.of(selected.first().id(), selected.second().id()), user.caller());
            Faces.info("duplicates.dismissed");
            selected = null;
            search();
            return null;
        }, null);
    }

    private static FieldRow row(String field, String labelKey, String first, String second) {
        return new FieldRow(field, Faces.text(labelKey), first, second);
    }

    private static String civility(PersonCard p) {
        return p.civility() == null ? null : Faces.text("person.civility." + p.civility().name());
    }

    private static String phone(String e164) {
        return e164 == null ? null : PhoneNumbers.display(e164);
    }

    public boolean isMergeable(String field) {
        return Persons.MERGEABLE_FIELDS.contains(field);
    }

    public Integer getMinScore() {
        return minScore;
    }

    public void setMinScore(Integer minScore) {
        this.minScore = minScore;
    }

    public List<Duplicates.Pair> getPairs() {
        return pairs;
    }

    public long getTotal() {
        return total;
    }

    public Duplicates.Pair getSelected() {
        return selected;
    }

    public List<FieldRow> getRows() {
        return rows;
    }

    public boolean isFirstSurvives() {
        return firstSurvives;
    }

    public void setFirstSurvives(boolean firstSurvives) {
        this.firstSurvives = firstSurvives;
    }

    /** Per mergeable field, whether the other record's value wins over the survivor's. */
    public Map<String, Boolean> getTakeOther() {
        return takeOther;
    }
}
