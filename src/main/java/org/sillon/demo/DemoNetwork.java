package org.sillon.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sillon.followup.boundary.Interactions;
import org.sillon.followup.boundary.Tasks;
import org.sillon.followup.boundary.InteractionKind;
import org.sillon.people.boundary.Consents;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.OrganisationContacts;
import org.sillon.people.boundary.PersonNotes;
import org.sillon.people.boundary.Persons;
import org.sillon.people.boundary.SolidarityEligibilities;
import org.sillon.people.boundary.ConsentPurpose;
import org.sillon.people.boundary.ConsentSource;
import org.sillon.people.boundary.HouseholdStatus;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.PersonSource;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.entity.ParisTime;
import org.sillon.platform.control.Versions;
import org.sillon.platform.entity.Language;
import org.sillon.followup.boundary.InteractionDetails;
import org.sillon.followup.boundary.TaskDetails;
import org.sillon.people.boundary.PersonDetails;
import org.sillon.people.boundary.PersonProfile;

/**
 * The life of the demo network around the households {@link DemoData} registers: statuses and their history,
 * consents, solidarity eligibility, partners' contact persons, the animator's notes, interactions and tasks,
 * and a few likely duplicates to review. Everything goes through the components' facades, as the animator
 * would, so the audit trail reads as it would in use.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DemoNetwork {

    /** A household as registered by the demo: its status history, and who lives in it (main contact first). */
    public record Registered(long householdId, History history, List<Member> members) {
    }

    /** A person as the demo registered them. */
    public record Member(long id, PersonDetails details) {
    }

    /** An organisation as the demo registered it. */
    public record Partner(long id, String name, OrganisationKind kind) {
    }

    private static final String ANIMATOR = "animation";
    /** The demo's animator, who writes the follow-up. */
    private static final Caller ANIMATION = Caller.system(ANIMATOR);
    private static final List<String> TAGS = List.of("bénévole", "atelier cuisine", "comité", "parrainage",
            "distribution du mardi", "fête des récoltes");
    private static final List<String> NOTES = List.of(
            "Souhaite un panier plus petit pendant l'été.",
            "Propose de tenir le stand au marché de Noël.",
            "A recommandé le jardin à deux voisines.",
            "Préfère être appelée après 18 h.",
            "Intéressée par l'atelier conserves d'octobre.");

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    Consents consents;

    @Inject
    SolidarityEligibilities solidarity;

    @Inject
    OrganisationContacts contacts;

    @Inject
    PersonNotes notes;

    @Inject
    Interactions interactions;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** How a demo person came to us: word of mouth above all, as in the federation's surveys. */
    PersonProfile profile(Random random) {
        PersonSource[] sources = {PersonSource.WORD_OF_MOUTH, PersonSource.WORD_OF_MOUTH, PersonSource.FAIR,
            PersonSource.WEBSITE, PersonSource.PARTNER, PersonSource.EVENT, PersonSource.PRESS};
        List<String> tags = random.nextInt(5) == 0 ? List.of(DemoNames.pick(random, TAGS)) : List.of();
        return new PersonProfile(sources[random.nextInt(sources.length)], null, tags);
    }

    /**
     * Writes what the facades have done so far and empties the persistence context. The demo loads in one
     * transaction, so that a first start fills the registry entirely or not at all; but EclipseLink compares every
     * entity it manages at each flush (the facades flush to answer versions), and a context that kept all of the
     * demo made the loading quadratic: 13 to 20 seconds instead of about one. The demo holds only ids.
     */
    void lighten() {
        em.flush();
        em.clear();
    }

    void enrich(Random random, List<Registered> registered, List<Partner> organisations) {
        LocalDate today = LocalDate.now(clock);
        Partner ccas = organisations.stream().filter(o -> o.name().startsWith("CCAS")).findFirst().orElseThrow();
        // the audit lines name the animator, as the records do
        AuditTrail.actingAs(ANIMATOR, () -> {
            List<Consents.Decision> signed = new ArrayList<>();
            for (int i = 0; i < registered.size(); i++) {
                Registered r = registered.get(i);
                if (r.history().later() != null) {
                    households.recordStatus(r.householdId(), Versions.ANY, r.history().later(), r.history().laterOn(),
                            r.history().laterReason(), ANIMATION);
                }
                for (Member p : r.members()) {
                    if (p.details().email() != null) {
                        consent(random, p, signed);
                    }
                }
                if (random.nextInt(10) == 0) {
                    solidarity.record(r.householdId(), 0, new SolidarityEligibilities.Decision(true,
                            "Orientation du CCAS (quotient familial)", ccas.id(),
                            today.plusMonths(6 + random.nextInt(7))), ANIMATION);
                }
                if (i % 10 == 9) {
                    lighten();
                }
            }
            // as the sign-up sheets are typed in: the lines in a few batches, not a flush and a read back each
            consents.recordAll(signed, ANIMATION);
            partners(organisations);
            followUp(random, registered, organisations, today);
            return null;
        });
        likelyDuplicates(registered);
    }

    /**
     * A demo household's status history: the status it arrives with (a prospect when null), and the change that
     * came later, if any.
     */
    public record History(HouseholdStatus status, LocalDate since, String reason, HouseholdStatus later,
            LocalDate laterOn, String laterReason) {
    }

    /** The history of the {@code index}-th household, registered at {@code registeredAt}. */
    History history(Random random, Instant registeredAt, int index) {
        LocalDate today = LocalDate.now(clock);
        if (index < 3) {
            // long gone: the retention rule flags their members for review
            return new History(HouseholdStatus.ACTIVE, today.minusYears(5), "Adhésion (reprise du fichier papier)",
                    HouseholdStatus.LEFT, today.minusMonths(38 + 3L * index), "Déménagement");
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return new History(null, null, null, null, null, null); // still a prospect
        }
        LocalDate joined = ParisTime.dayOf(registeredAt);
        LocalDate later = joined.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(joined, today) + 1));
        if (roll < 83) {
            return new History(HouseholdStatus.ACTIVE, joined, "Première cotisation", null, null, null);
        }
        return new History(HouseholdStatus.ACTIVE, joined, "Première cotisation",
                roll >= 92 ? HouseholdStatus.LEFT : HouseholdStatus.LAPSED, later,
                roll >= 92 ? "Ne renouvelle pas" : "Cotisation non renouvelée");
    }

    private static void consent(Random random, Member p, List<Consents.Decision> signed) {
        ConsentSource source = random.nextBoolean() ? ConsentSource.FORM : ConsentSource.PAPER;
        if (random.nextInt(10) < 7) {
            signed.add(new Consents.Decision(p.id(), ConsentPurpose.NEWSLETTER, true, source));
        }
        if (random.nextInt(10) < 4) {
            signed.add(new Consents.Decision(p.id(), ConsentPurpose.EVENT_NEWS, true, source));
        }
        if (random.nextInt(10) == 0) {
            signed.add(new Consents.Decision(p.id(), ConsentPurpose.VOLUNTEERING, true, source));
        }
    }

    private void partners(List<Partner> organisations) {
        String[][] people = {
            {"Anne", "Le Bihan", "directrice", "NURSERY"},
            {"Youenn", "Tanguy", "référent action sociale", "PUBLIC_BODY"},
            {"Soizic", "Morvan", "cheffe de cuisine", "RESTAURANT"},
            {"Karim", "Benali", "conseiller insertion", "SOCIAL_PARTNER"},
            {"Lena", "Cadiou", "secrétaire du CSE", "COMPANY"}};
        for (String[] c : people) {
            Partner org = organisations.stream().filter(o -> o.kind() == OrganisationKind.valueOf(c[3]))
                    .findFirst().orElseThrow();
            long person = persons.registerAsOf(new PersonDetails(null, c[0], c[1],
                    DemoNames.email(c[0], c[1], 900, 0), null, null, null, Language.FR), clock.instant());
            contacts.link(org.id(), person, c[2]);
        }
    }

    private void followUp(Random random, List<Registered> registered, List<Partner> organisations, LocalDate today) {
        Instant now = clock.instant();
        List<Member> adults = new ArrayList<>();
        registered.stream().skip(3).forEach(r -> adults.add(r.members().get(0)));
        for (int i = 0; i < 30; i++) {
            Member p = adults.get(random.nextInt(adults.size()));
            InteractionKind kind = InteractionKind.values()[random.nextInt(3)];
            interactions.register(new InteractionDetails(kind, now.minus(Duration.ofHours(2 + random.nextInt(24 * 60))),
                    switch (kind) {
                        case CALL -> "Appel au sujet de la livraison";
                        case MEETING -> "Rencontre à la distribution";
                        default -> "Réponse à sa question sur les paniers";
                    }, null, p.id(), null), ANIMATION);
        }
        for (Partner o : organisations.subList(0, 4)) {
            interactions.register(new InteractionDetails(InteractionKind.MEETING, now.minus(Duration.ofDays(3 + random.nextInt(40))),
                    "Point partenariat", "Bilan de l'année et perspectives.", null, o.id()), ANIMATION);
        }
        String[] titles = {"Rappeler pour la reprise des paniers", "Envoyer le bulletin d'adhésion",
            "Proposer l'atelier cuisine", "Vérifier l'adresse de livraison", "Relancer la cotisation"};
        for (int i = 0; i < 8; i++) {
            Member p = adults.get(random.nextInt(adults.size()));
            // three of them already late, so the home page shows what a busy week looks like
            tasks.register(new TaskDetails(titles[i % titles.length], null, today.plusDays(i - 3L),
                    i == 7 ? "tresorerie" : ANIMATOR, p.id(), null, null), ANIMATION);
        }
        tasks.register(new TaskDetails("Renouveler la convention de partenariat", null, today.plusDays(20),
                ANIMATOR, null, organisations.get(2).id(), null), ANIMATION);
        for (int i = 0; i < NOTES.size() * 3; i++) {
            notes.add(adults.get(random.nextInt(adults.size())).id(), NOTES.get(i % NOTES.size()), ANIMATION);
        }
    }

    /** The same persons typed again by a hurried hand: what the duplicates page is for. */
    private void likelyDuplicates(List<Registered> registered) {
        for (int i = 10; i < 40; i += 10) {
            PersonDetails p = registered.get(i).members().get(0).details();
            boolean swap = i == 20;
            persons.registerAsOf(new PersonDetails(null, swap ? p.lastName() : strip(p.firstName()),
                    swap ? p.firstName() : strip(p.lastName()), null, null, p.mobilePhone(), p.address(),
                    Language.FR), clock.instant());
        }
    }

    private static String strip(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
