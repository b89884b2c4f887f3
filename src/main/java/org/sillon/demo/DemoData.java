package org.sillon.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.boundary.AccountHolders;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.accounts.boundary.ApiTokens;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;
import org.sillon.association.boundary.AssociationDetails;
import org.sillon.association.boundary.Associations;
import org.sillon.baskets.boundary.BillingModel;
import org.sillon.baskets.boundary.OfferDetails;
import org.sillon.baskets.boundary.OfferKind;
import org.sillon.baskets.boundary.Offers;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;
import org.sillon.people.boundary.Persons;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.Tenancy;
import org.sillon.platform.control.SchemaMigration.SchemaReady;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.Money;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.PersonDetails;

/** Loads the demonstration data on a first start, when enabled. The logins are listed in the README. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The demo administrator's API token, printed in the README. */
    /** The demo's households: about three in four active, each with a basket subscription (about 150). */
    static final int HOUSEHOLDS = 200;
    public static final String ADMIN_TOKEN = "sil_demo7f3Kq9XwR2mLp8ZtV4nB6cYh1sJ5dGa0";

    /** Who the demo data is written by. */
    private static final Caller DEMO = Caller.system("demo");

    /** The adherent's login, which belongs to a person of the demo registry. */
    private static final String ADHERENT = "adherent";

    /**
     * Username, password, display name, role and the password's stored hash of each demo login, one per role. The
     * hashes were computed once by {@code Passwords} (PBKDF2, deliberately slow): hashing five passwords at every
     * first start took several seconds. DemoLoginsTest checks that each hash matches its password.
     */
    public static final List<String[]> LOGINS = List.of(
            new String[] {"admin", "sillon-admin-demo", "Camille Admin", "ADMIN",
                "PBKDF2WithHmacSHA512:210000:BfNFZdw8bJHxyo3+BAMJEP8olQvA6nGu5WKIdIRPn7g=:lXFSAqN6AwkZr9Tl/9Lp+8zUBab+kfX1aiJ8f+oTVVo="},
            new String[] {"animation", "sillon-animation-demo", "Maëlle Animation", "ANIMATOR",
                "PBKDF2WithHmacSHA512:210000:kqEkJ7131zHPwHWVW3IlgKCwp8y9in+h/s+A92Ewz+Q=:hLAeyMXJKIIHdSy779Q4wT8x7G+IYrt51fWR3StEAVs="},
            new String[] {"tresorerie", "sillon-tresorerie-demo", "Yannick Trésorerie", "TREASURER",
                "PBKDF2WithHmacSHA512:210000:DJAQVCmXBqdbA6tHhVGblI25y/WI99Qg/bAd9xTi7IQ=:8aHNXJatOqR7bgofGoGG2y4doL0cAr5DeqCpta8mW6s="},
            new String[] {"jardin", "sillon-jardin-demo", "Gwenaël Jardin", "GARDEN",
                "PBKDF2WithHmacSHA512:210000:mwO0o75dxfICYj6x47Dv2gQakmsMSZ/jovIYE/F9P30=:tAptlBdwdqW24TBvYjcWwWzE6AIDizrDW1udIPl6J0A="},
            new String[] {ADHERENT, "sillon-adherent-demo", "Nolwenn Adhérente", "ADHERENT",
                "PBKDF2WithHmacSHA512:210000:tvdc548l9N1MMD+cGJReCKL+tAzedt/Y5aEbOztYWVw=:hEIKNe1Dqj12KRjzoHYqD1IwZuSH5gpluw/cpNohOiY="});

    @Inject
    @ConfigProperty(name = "sillon.demo.enabled")
    boolean enabled;

    @Inject
    Associations associations;

    @Inject
    AccountHolders holders;

    @Inject
    Persons persons;

    @Inject
    Households households;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Clock clock;

    @Inject
    DemoNetwork network;

    @Inject
    Offers offers;

    @Inject
    DemoBaskets baskets;

    /** This bean through its proxy, so that {@link #load} runs in a transaction. */
    @Inject
    DemoData self;

    void onStart(@Observes @Priority(100) SchemaReady ready) {
        if (enabled) {
            Tenancy.runAs(associations.defaultId(), () -> self.load());
        }
    }

    /** Describes the default association and fills it, on a first start (no account exists yet). */
    @Transactional
    public void load() {
        if (accounts.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        // every audit line names the demo, or its animator for the network's life (see DemoNetwork)
        int persons = AuditTrail.actingAs(DEMO.username(), this::fill);
        // the processor time tells the loader's own cost apart from a busy machine's waits
        LOG.info(() -> "Demo data loaded: " + HOUSEHOLDS + " households, " + persons + " persons, 7 organisations,"
                + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms ("
                + Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart).toMillis() + " ms of processor)");
    }

    /** Fills the default association and answers how many persons live in its households. */
    private int fill() {
        PostalAddress kerbernez = new PostalAddress("Lieu-dit Kerbernez", null, "56270", "Ploemeur", "FR");
        associations.describe(new AssociationDetails("Les Jardins du Blavet", kerbernez, "41234567800012",
                "contact@jardins-du-blavet.example.org", List.of(
                        new AssociationDetails.Site("Jardin de Kerbernez", kerbernez),
                        new AssociationDetails.Site("Jardin de Lann Sévelin",
                                new PostalAddress("Route de Lann Sévelin", null, "56850", "Caudan", "FR")))));
        Map<String, Long> logins = new HashMap<>();
        for (String[] login : LOGINS) {
            logins.put(login[0], accounts.registerHashed(new Accounts.NewAccount(login[0], login[2], null,
                    Language.FR, EnumSet.of(Role.valueOf(login[3])), null), login[4], DEMO));
        }
        tokens.createWithSecret("admin", "Démo", null, DEMO, ADMIN_TOKEN);
        List<DemoNetwork.Partner> orgs = loadOrganisations();
        Random random = new Random(2026);
        List<DemoNetwork.Registered> registered = loadHouseholds(random, HOUSEHOLDS);
        network.enrich(random, registered, orgs);
        Map<String, Long> offerIds = loadOffers();
        baskets.load(random, registered, offerIds, orgs.stream().collect(Collectors.toMap(DemoNetwork.Partner::name,
                DemoNetwork.Partner::id)), DEMO);
        // the adherent login is the first household's main contact, so that the portal has someone to show
        holders.linkPerson(logins.get(ADHERENT), registered.get(0).members().get(0).id());
        return registered.stream().mapToInt(r -> r.members().size()).sum();
    }

    /**
     * Four basket sizes (one prepaid) and two options at the prices of the federation's gardens, in force since the start
     * of the year; the standard basket goes up next January, as an association announces in the autumn. Answers
     * their ids by name.
     */
    private Map<String, Long> loadOffers() {
        LocalDate january = LocalDate.now(clock).withDayOfYear(1);
        String[][] catalogue = {
            {"SIZE", "Petit panier", "4 à 5 légumes de saison, pour une ou deux personnes", "9.50"},
            {"SIZE", "Panier standard", "6 à 7 légumes de saison, pour une famille", "13.00"},
            {"SIZE", "Grand panier", "8 à 9 légumes de saison, pour une grande famille", "18.00"},
            {"SIZE", "Panier à la carte", "Le panier standard payé d'avance, décompté à chaque livraison", "13.00"},
            {"OPTION", "Œufs (6)", "Œufs de poules élevées en plein air à Lann Sévelin", "2.40"},
            {"OPTION", "Fruits de saison", "Pommes, poires ou petits fruits d'un verger partenaire", "4.00"},
            {"DELIVERY", "Livraison en triporteur", "Le panier livré à la porte par la tournée du mardi", "1.50"},
            {"EXTRA", "Pain au levain", "Un pain d'un kilo du fournil de Lann Sévelin, vingt par semaine", "4.20"}};
        Map<String, Long> ids = new HashMap<>();
        for (String[] o : catalogue) {
            List<Offers.Price> prices = new ArrayList<>(List.of(new Offers.Price(january, Money.parse(o[3]))));
            if (o[1].equals("Panier standard")) {
                prices.add(new Offers.Price(january.plusYears(1), Money.parse("13.50")));
            }
            OfferKind kind = OfferKind.valueOf(o[0]);
            ids.put(o[1], offers.register(new OfferDetails(kind, o[1], o[2],
                    o[1].equals("Panier à la carte") ? BillingModel.PREPAID : null, null,
                    kind == OfferKind.EXTRA ? 20 : null), prices, DEMO));
        }
        return ids;
    }

    private List<DemoNetwork.Partner> loadOrganisations() {
        record Org(String name, OrganisationKind kind, Set<OrganisationRole> roles, String siret, String email,
                String city, String postalCode) {
        }
        List<Org> orgs = List.of(
                new Org("Crêperie Ty Breizh", OrganisationKind.RESTAURANT, EnumSet.of(OrganisationRole.CLIENT),
                        "99999999900017", "contact@ty-breizh.example.org", "Lorient", "56100"),
                new Org("Crèche Les Petits Pois", OrganisationKind.NURSERY, EnumSet.of(OrganisationRole.CLIENT),
                        null, "direction@petits-pois.example.org", "Ploemeur", "56270"),
                new Org("CCAS de Ploemeur", OrganisationKind.PUBLIC_BODY,
                        EnumSet.of(OrganisationRole.PARTNER, OrganisationRole.FUNDER), null,
                        "ccas@ploemeur.example.org", "Ploemeur", "56270"),
                new Org("CAF du Morbihan", OrganisationKind.PUBLIC_BODY, EnumSet.of(OrganisationRole.FUNDER), null,
                        "partenaires@caf56.example.org", "Vannes", "56000"),
                new Org("MSA Portes de Bretagne", OrganisationKind.PUBLIC_BODY, EnumSet.of(OrganisationRole.FUNDER),
                        null, "action-sociale@msa.example.org", "Rennes", "35000"),
                new Org("Ateliers du Scorff (CSE)", OrganisationKind.COMPANY, EnumSet.of(OrganisationRole.CLIENT),
                        null, "cse@ateliers-scorff.example.org", "Lanester", "56600"),
                new Org("Mission locale du pays de Lorient", OrganisationKind.SOCIAL_PARTNER,
                        EnumSet.of(OrganisationRole.PARTNER), null, "accueil@ml-lorient.example.org", "Lorient", "56100"));
        List<DemoNetwork.Partner> created = new ArrayList<>();
        for (Org o : orgs) {
            long id = organisations.register(new OrganisationDetails(o.name(), o.kind(), o.roles(), o.siret(),
                    o.email(), null, new PostalAddress(null, null, o.postalCode(), o.city(), "FR")));
            created.add(new DemoNetwork.Partner(id, o.name(), o.kind()));
        }
        return created;
    }

    /**
     * Registers the households with their members and first status as an import does ({@link Households#arrive}:
     * the same rules and audit lines as the forms, in batched inserts); {@link DemoNetwork} then writes what
     * happened to them later.
     */
    private List<DemoNetwork.Registered> loadHouseholds(Random random, int count) {
        Instant now = clock.instant();
        List<Households.Arrival> arrivals = new ArrayList<>();
        List<DemoNetwork.History> histories = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            DemoNames.Town town = DemoNames.pick(random, DemoNames.TOWNS);
            String lastName = DemoNames.pick(random, DemoNames.LAST_NAMES);
            PostalAddress address = new PostalAddress((1 + random.nextInt(80)) + " " + DemoNames.pick(random, DemoNames.STREETS),
                    null, town.postalCode(), town.name(), "FR");
            // registrations spread over the last two years, more of them recently
            Instant registered = now.minus(Duration.ofDays((long) (730 * Math.pow(random.nextDouble(), 1.6))));
            int size = 1 + (random.nextDouble() < 0.35 ? 0 : random.nextInt(4));
            List<Persons.Newcomer> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                boolean adult = m < 2;
                String first;
                do { // a household whose members share a first name would fill the duplicates page
                    first = DemoNames.pick(random, random.nextBoolean() ? DemoNames.FEMALE : DemoNames.MALE);
                } while (members.stream().map(p -> p.details().firstName()).toList().contains(first));
                String email = adult ? DemoNames.email(first, lastName, h, m) : null;
                String mobile = adult ? String.format("0612%06d", random.nextInt(1_000_000)) : null;
                PersonDetails details = new PersonDetails(null, first, lastName, email, null, mobile, address,
                        random.nextInt(20) == 0 ? Language.EN : Language.FR);
                members.add(new Persons.Newcomer(details, network.profile(random), registered));
            }
            DemoNetwork.History history = network.history(random, registered, h);
            arrivals.add(new Households.Arrival(members, history.status(), history.since(), history.reason()));
            histories.add(history);
        }
        List<Households.Arrived> arrived = households.arrive(arrivals, DEMO);
        List<DemoNetwork.Registered> created = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            List<Persons.Newcomer> newcomers = arrivals.get(h).members();
            List<DemoNetwork.Member> members = new ArrayList<>();
            for (int m = 0; m < newcomers.size(); m++) {
                members.add(new DemoNetwork.Member(arrived.get(h).memberIds().get(m), newcomers.get(m).details()));
            }
            created.add(new DemoNetwork.Registered(arrived.get(h).householdId(), histories.get(h), members));
        }
        network.lighten();
        return created;
    }
}
