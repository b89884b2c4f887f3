package org.sillon.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sillon.accounts.boundary.AccountHolders;
import org.sillon.accounts.boundary.Accounts;
import org.sillon.accounts.boundary.ApiTokens;
import org.sillon.platform.boundary.Caller;
import org.sillon.platform.boundary.Role;
import org.sillon.association.boundary.Associations;
import org.sillon.association.entity.Association;
import org.sillon.people.boundary.Households;
import org.sillon.people.boundary.Organisations;
import org.sillon.people.entity.Household;
import org.sillon.people.entity.Organisation;
import org.sillon.people.boundary.OrganisationKind;
import org.sillon.people.boundary.OrganisationRole;
import org.sillon.people.boundary.Persons;
import org.sillon.people.entity.Person;
import org.sillon.platform.control.AuditTrail;
import org.sillon.platform.control.SchemaMigration.SchemaReady;
import org.sillon.platform.entity.Language;
import org.sillon.platform.entity.PostalAddress;
import org.sillon.people.boundary.OrganisationDetails;
import org.sillon.people.boundary.PersonDetails;

/** Loads the demonstration data on a first start, when enabled. The logins are listed in the README. */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The demo administrator's API token, printed in the README. */
    public static final String ADMIN_TOKEN = "sil_demo7f3Kq9XwR2mLp8ZtV4nB6cYh1sJ5dGa0";

    /** Who the demo data is written by. */
    private static final Caller DEMO = Caller.system("demo");

    /** The adherent's login, which belongs to a person of the demo registry. */
    private static final String ADHERENT = "adherent";

    /** Username and password of each demo login, one per role. */
    public static final List<String[]> LOGINS = List.of(
            new String[] {"admin", "sillon-admin-demo", "Camille Admin", "ADMIN"},
            new String[] {"animation", "sillon-animation-demo", "Maëlle Animation", "ANIMATOR"},
            new String[] {"tresorerie", "sillon-tresorerie-demo", "Yannick Trésorerie", "TREASURER"},
            new String[] {"jardin", "sillon-jardin-demo", "Gwenaël Jardin", "GARDEN"},
            new String[] {ADHERENT, "sillon-adherent-demo", "Nolwenn Adhérente", "ADHERENT"});

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

    @Transactional
    void onStart(@Observes @Priority(100) SchemaReady ready) {
        if (!enabled || associations.current().isPresent()) {
            return;
        }
        long start = System.nanoTime();
        Association association = new Association("Les Jardins du Blavet",
                new PostalAddress("Lieu-dit Kerbernez", null, "56270", "Ploemeur", "FR"), "41234567800012",
                "contact@jardins-du-blavet.example.org");
        association.openSite("Jardin de Kerbernez", new PostalAddress("Lieu-dit Kerbernez", null, "56270", "Ploemeur", "FR"));
        association.openSite("Jardin de Lann Sévelin", new PostalAddress("Route de Lann Sévelin", null, "56850", "Caudan", "FR"));
        associations.register(association);

        AuditTrail.actingAs(DEMO.username(), () -> {
            for (String[] login : LOGINS) {
                accounts.create(new Accounts.NewAccount(login[0], login[2], null, Language.FR,
                        EnumSet.of(Role.valueOf(login[3])), login[1]), DEMO);
            }
            return tokens.createWithSecret("admin", "Démo", null, DEMO, ADMIN_TOKEN);
        });

        List<Organisation> orgs = loadOrganisations();
        Random random = new Random(2026);
        List<DemoNetwork.Registered> registered = loadHouseholds(random, 150);
        network.enrich(random, registered, orgs);
        // the adherent login is the first household's main contact, so that the portal has someone to show
        AuditTrail.actingAs(DEMO.username(), () -> holders.link(accounts.findByUsername(ADHERENT).orElseThrow().id(),
                registered.get(0).members().get(0).id()));
        int persons = registered.stream().mapToInt(r -> r.members().size()).sum();
        LOG.info(() -> "Demo data loaded: 150 households, " + persons + " persons, 7 organisations, in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }

    private List<Organisation> loadOrganisations() {
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
        List<Organisation> created = new ArrayList<>();
        for (Org o : orgs) {
            created.add(organisations.create(new OrganisationDetails(o.name(), o.kind(), o.roles(), o.siret(),
                    o.email(), null, new PostalAddress(null, null, o.postalCode(), o.city(), "FR"))));
        }
        return created;
    }

    private List<DemoNetwork.Registered> loadHouseholds(Random random, int count) {
        Instant now = clock.instant();
        List<DemoNetwork.Registered> created = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            DemoNames.Town town = DemoNames.pick(random, DemoNames.TOWNS);
            String lastName = DemoNames.pick(random, DemoNames.LAST_NAMES);
            PostalAddress address = new PostalAddress((1 + random.nextInt(80)) + " " + DemoNames.pick(random, DemoNames.STREETS),
                    null, town.postalCode(), town.name(), "FR");
            // registrations spread over the last two years, more of them recently
            Instant registered = now.minus(Duration.ofDays((long) (730 * Math.pow(random.nextDouble(), 1.6))));
            int size = 1 + (random.nextDouble() < 0.35 ? 0 : random.nextInt(4));
            List<Person> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                boolean adult = m < 2;
                String first;
                do { // a household whose members share a first name would fill the duplicates page
                    first = DemoNames.pick(random, random.nextBoolean() ? DemoNames.FEMALE : DemoNames.MALE);
                } while (members.stream().map(Person::firstName).toList().contains(first));
                String email = adult ? DemoNames.email(first, lastName, h, m) : null;
                String mobile = adult ? String.format("0612%06d", random.nextInt(1_000_000)) : null;
                PersonDetails details = new PersonDetails(null, first, lastName, email, null, mobile, address,
                        random.nextInt(20) == 0 ? Language.EN : Language.FR);
                members.add(persons.createAsOf(details, network.profile(random), null, registered));
            }
            Household household = households.create(new Households.Composition(
                    "Foyer " + lastName.toUpperCase(java.util.Locale.ROOT), members.get(0).id(),
                    members.stream().skip(1).map(Person::id).toList()), DEMO);
            created.add(new DemoNetwork.Registered(household.id(), registered, members));
        }
        return created;
    }
}
