package org.sillon.baskets.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sillon.baskets.entity.WeekContents;
import org.sillon.platform.boundary.Audience;
import org.sillon.platform.boundary.Faces;
import org.sillon.platform.boundary.UserSession;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.IsoWeek;

/**
 * The week's basket contents page: the garden team writes each size's products, one per line ("Carottes ; 1 kg ;
 * Ferme de Kerlo"), the animator the news or recipe; then the week's letter goes to the households.
 */
@Named
@ViewScoped
public class ContentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.\\w+");

    /** A basket size and its products as the text area shows them. */
    public record Size(long id, String name) implements Serializable {
    }

    @Inject
    BasketContents contents;

    @Inject
    Offers offers;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private String weekText;
    private IsoWeek week;
    private long version;
    private List<Size> sizes;
    private Map<Long, String> texts;
    private String news;
    private Instant sentAt;
    private Integer letters;

    /** Reads the week asked for ({@code ?week=2026-W49}), this week when none; a malformed one says so. */
    public void load() {
        week = WeekParameter.read(weekText, clock);
        weekText = week.toString();
        read();
    }

    private void read() {
        WeekContents c = contents.of(week);
        version = c.version();
        sizes = offers.list().stream().filter(o -> o.kind() == OfferKind.SIZE).map(o -> new Size(o.id(), o.name()))
                .toList();
        texts = new HashMap<>();
        for (Size s : sizes) {
            texts.put(s.id(), c.of(s.id()).stream().map(ContentsView::write).collect(Collectors.joining("\n")));
        }
        news = c.news();
        sentAt = c.sentAt();
        letters = c.letters();
    }

    /** A product as a line of the text area: "Carottes ; 1 kg ; Ferme de Kerlo". */
    private static String write(ContentLine l) {
        return l.product() + (l.quantity() == null && l.origin() == null ? "" : " ; " + (l.quantity() == null ? ""
                : l.quantity())) + (l.origin() == null ? "" : " ; " + l.origin());
    }

    /** Saves every size's products and the news; a line refused is said beside its size, with its number. */
    public String save() {
        List<ContentLine> lines = new ArrayList<>();
        List<int[]> origins = new ArrayList<>(); // for each line sent: its size's place and its line number there
        for (int i = 0; i < sizes.size(); i++) {
            Size s = sizes.get(i);
            String[] rows = texts.getOrDefault(s.id(), "") == null ? new String[0]
                    : texts.getOrDefault(s.id(), "").split("\\R");
            for (int n = 0; n < rows.length; n++) {
                if (rows[n].isBlank()) {
                    continue;
                }
                String[] parts = rows[n].split(";", 3);
                lines.add(new ContentLine(s.id(), parts[0], parts.length > 1 ? parts[1] : null,
                        parts.length > 2 ? parts[2] : null));
                origins.add(new int[] {i, n + 1});
            }
        }
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "contents", () -> {
            try {
                contents.fill(week, version, lines, news);
            } catch (ProblemException refused) {
                if (refused.status() == 400 && sayBesideSizes(refused, origins)) {
                    return null;
                }
                throw refused;
            }
            Faces.info("contents.saved");
            read();
            return null;
        }, this::read);
    }

    /** Says each refused line beside its size's text area ("Line 3: ..."); false when a refusal is not a line's. */
    private boolean sayBesideSizes(ProblemException refused, List<int[]> origins) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var problem = refused.problem(faces.getViewRoot().getLocale());
        boolean all = true;
        for (var e : problem.errors()) {
            Matcher m = LINE_FIELD.matcher(e.field());
            if (!m.matches()) {
                all = false;
                continue;
            }
            int[] at = origins.get(Integer.parseInt(m.group(1)));
            faces.addMessage("contents:sizes:" + at[0] + ":text", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Faces.text("contents.lineRefused", at[1], e.message()), null));
        }
        if (all) {
            faces.validationFailed();
        }
        return all;
    }

    /** Sends the week's letter to the households receiving a basket. */
    public String sendLetter() {
        return Faces.attempt(user.in(Audience.DELIVERY_EDITORS), "letter", () -> {
            int n = contents.sendLetter(week, user.caller());
            Faces.info("contents.letterSent", n);
            read();
            return null;
        }, this::read);
    }

    /** Goes to the week typed in the field. */
    public String go() {
        return WeekParameter.go("/baskets/contents", weekText);
    }

    public IsoWeek getWeek() {
        return week;
    }

    public String getPrevious() {
        return week.plus(-1).toString();
    }

    public String getNext() {
        return week.plus(1).toString();
    }

    public List<Size> getSizes() {
        return sizes;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public String getNews() {
        return news;
    }

    public void setNews(String news) {
        this.news = news;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getLetters() {
        return letters;
    }

    public String getWeekText() {
        return weekText;
    }

    public void setWeekText(String weekText) {
        this.weekText = weekText;
    }
}
