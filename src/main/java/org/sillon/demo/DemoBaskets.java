package org.sillon.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sillon.baskets.boundary.Absences;
import org.sillon.baskets.boundary.BasketChoice;
import org.sillon.baskets.boundary.BasketRules;
import org.sillon.baskets.boundary.DeliveryCalendars;
import org.sillon.baskets.boundary.DropOffPointDetails;
import org.sillon.platform.entity.Money;
import org.sillon.people.boundary.SolidarityEligibilities;
import org.sillon.baskets.boundary.ContentLine;
import org.sillon.baskets.boundary.Duties;
import org.sillon.baskets.boundary.BasketContents;
import org.sillon.baskets.boundary.Extras;
import org.sillon.baskets.boundary.Funders;
import org.sillon.baskets.boundary.Prepaid;
import org.sillon.baskets.boundary.PointKind;
import org.sillon.baskets.boundary.DropOffPoints;
import org.sillon.baskets.boundary.Subscriptions;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.entity.IsoWeek;
import org.sillon.platform.entity.PostalAddress;

/**
 * The demo's baskets: five drop-off points (the two gardens, a shop, a company and a nursery), a cargo tricycle
 * round in Ploemeur, and a semester's subscription for every active household, begun ten weeks ago (taken over
 * from the paper file), solidarity baskets carried by the CCAS for the eligible households, bread every week for a
 * few, a few absences ahead, the garden closed in Christmas week, this week's and next week's basket contents, and
 * volunteers on duty at the drop-off points for most of the coming distributions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DemoBaskets {

    @Inject
    DropOffPoints points;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Absences absences;

    @Inject
    DeliveryCalendars calendars;

    @Inject
    BasketRules rules;

    @Inject
    Clock clock;

    @Inject
    Funders funders;

    @Inject
    SolidarityEligibilities solidarity;

    @Inject
    Extras extras;

    @Inject
    BasketContents contentsOf;

    @Inject
    Duties duties;

    @Inject
    Prepaid prepaid;

    /** A drop-off point of the demo and how many of the households it serves, in ten. */
    private record Point(DropOffPointDetails details, int share) {
    }

    /** What is in each size this week and next: the season's vegetables, apples from a partner orchard. */
    private void contents(IsoWeek week, Map<String, Long> offers, Caller by) {
        List<ContentLine> lines = new ArrayList<>();
        String[][] season = {{"Poireaux", "3"}, {"Carottes", "1 kg"}, {"Courge butternut", "1"}, {"Mâche", "150 g"},
            {"Pommes de terre", "1,5 kg"}, {"Chou kale", "1 botte"}, {"Pommes", "1 kg"}};
        int[] count = {4, 5, 7, 5};
        String[] sizes = {"Petit panier", "Panier standard", "Grand panier", "Panier à la carte"};
        for (int s = 0; s < sizes.length; s++) {
            for (int i = 0; i < count[s]; i++) {
                lines.add(new ContentLine(offers.get(sizes[s]), season[i][0], season[i][1],
                        season[i][0].equals("Pommes") ? "Verger de Kerlo" : null));
            }
        }
        contentsOf.register(week, lines, "Recette de la semaine : velouté de butternut aux poireaux. Le jardin recrute"
                + " des bénévoles pour la permanence du vendredi à Lann Sévelin.");
    }

    /** Volunteers on duty at most drop-off points' distributions of the next three weeks: gaps remain. */
    private void duties(Random random, List<DemoNetwork.Registered> registered, List<Long> pointIds, IsoWeek from,
            IsoWeek closed, Caller by) {
        List<Long> persons = registered.stream().filter(r -> r.history().status() == HouseholdStatus.ACTIVE)
                .map(r -> r.members().get(0).id()).toList();
        for (int w = 0; w < 3; w++) {
            IsoWeek week = from.plus(w);
            if (week.equals(closed)) {
                continue;
            }
            for (long point : pointIds) {
                if (random.nextInt(10) < 7) {
                    duties.register(point, week, persons.get(random.nextInt(persons.size())), by);
                }
            }
        }
    }

    void load(Random random, List<DemoNetwork.Registered> registered, Map<String, Long> offers,
            Map<String, Long> partners, Caller by) {
        PostalAddress kerbernez = new PostalAddress("Lieu-dit Kerbernez", null, "56270", "Ploemeur", "FR");
        List<Point> catalogue = List.of(
                new Point(new DropOffPointDetails("Jardin de Kerbernez", kerbernez, "Mardi 16 h 30 – 19 h",
                        DayOfWeek.TUESDAY, 60, null, null), 4),
                new Point(new DropOffPointDetails("Jardin de Lann Sévelin", new PostalAddress("Route de Lann Sévelin",
                        null, "56850", "Caudan", "FR"), "Vendredi 16 h – 18 h 30", DayOfWeek.FRIDAY, 40, null, null), 2),
                new Point(new DropOffPointDetails("Biocoop du Scorff", new PostalAddress("12 rue de Lanveur", null,
                        "56100", "Lorient", "FR"), "Jeudi 10 h – 19 h", DayOfWeek.THURSDAY, 30, null, null), 2),
                new Point(new DropOffPointDetails("Ateliers du Scorff (CSE)", new PostalAddress("ZA de Kerpont", null,
                        "56600", "Lanester", "FR"), "Jeudi 12 h – 14 h", DayOfWeek.THURSDAY, 20, null,
                        partners.get("Ateliers du Scorff (CSE)")), 1),
                new Point(new DropOffPointDetails("Crèche Les Petits Pois", new PostalAddress("3 allée des Tilleuls",
                        null, "56270", "Ploemeur", "FR"), "Mardi 16 h – 18 h 30", DayOfWeek.TUESDAY, 15, null,
                        partners.get("Crèche Les Petits Pois")), 1));
        List<Long> byShare = new ArrayList<>();
        long round = points.register(new DropOffPointDetails(PointKind.ROUND, "Tournée en triporteur",
                kerbernez, "Mardi 9 h – 12 h", DayOfWeek.TUESDAY, 15, null, null,
                offers.get("Livraison en triporteur")));
        byShare.add(round);
        List<Long> pointIds = new ArrayList<>();
        for (Point p : catalogue) {
            long id = points.register(p.details());
            pointIds.add(id);
            for (int i = 0; i < p.share(); i++) {
                byShare.add(id);
            }
        }
        IsoWeek thisWeek = IsoWeek.of(LocalDate.now(clock));
        IsoWeek first = thisWeek.plus(-10);
        IsoWeek last = first.plus(25);
        List<Long> sizes = List.of(offers.get("Petit panier"), offers.get("Panier standard"),
                offers.get("Panier standard"), offers.get("Grand panier"));
        long ccas = funders.register(partners.get("CCAS de Ploemeur"), Money.parse("6.00"), Money.parse("4000.00"));
        List<Subscriptions.Request> requests = new ArrayList<>();
        List<Long> prepaying = new ArrayList<>();
        for (DemoNetwork.Registered r : registered) {
            DemoNetwork.History h = r.history();
            if (h.status() != HouseholdStatus.ACTIVE || h.later() != null) {
                continue;
            }
            Set<Long> options = new HashSet<>();
            if (random.nextInt(10) < 3) {
                options.add(offers.get("Œufs (6)"));
            }
            if (random.nextInt(10) < 2) {
                options.add(offers.get("Fruits de saison"));
            }
            // the CCAS carries part of the price for the households eligible from the season's start
            // one household in ten pays its baskets ahead, by cheques of ten
            boolean ahead = random.nextInt(10) == 0;
            if (ahead) {
                prepaying.add(r.householdId());
            }
            BasketChoice choice = new BasketChoice(ahead ? offers.get("Panier à la carte") : sizes.get(random.nextInt(sizes.size())),
                    byShare.get(random.nextInt(byShare.size())), options,
                    solidarity.eligibleOn(r.householdId(), first.monday()) ? ccas : null);
            requests.add(new Subscriptions.Request(r.householdId(), first, last, choice));
        }
        List<Long> taken = subscriptions.takeOver(requests, by);
        for (int i = 0; i < prepaying.size(); i++) {
            for (int cheque = 0; cheque <= i % 2; cheque++) {
                prepaid.topUp(prepaying.get(i), Money.parse("130.00"), "Chèque n° " + (4_801_200 + 10 * i + cheque), by);
            }
        }
        List<Long> subscribers = requests.stream().map(Subscriptions.Request::householdId).toList();
        IsoWeek reachable = rules.firstReachableWeek();
        IsoWeek christmas = IsoWeek.of(LocalDate.of(thisWeek.monday().getYear(), 12, 25));
        if (christmas.compareTo(reachable) >= 0) {
            calendars.registerClosure(christmas, "Fêtes de fin d'année", by);
        }
        // a few households away in the coming weeks
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < Math.min(12, subscribers.size()); i++) {
            IsoWeek away = reachable.plus(random.nextInt(4));
            long household = subscribers.get(random.nextInt(subscribers.size()));
            if (!away.equals(christmas) && away.compareTo(last) <= 0 && declared.add(household + " " + away)) {
                absences.register(household, away, null, by);
            }
        }
        for (int i = 0; i < taken.size(); i += 14) {
            extras.register(taken.get(i), offers.get("Pain au levain"), 1, reachable, by);
        }
        contents(thisWeek, offers, by);
        contents(thisWeek.plus(1), offers, by);
        duties(random, registered, pointIds, reachable, christmas, by);
    }
}
