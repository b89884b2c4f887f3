package org.sillon.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Names and places of the Lorient area, for believable demonstration data. */
final class DemoNames {

    record Town(String name, String postalCode) {
    }

    static final List<Town> TOWNS = List.of(new Town("Ploemeur", "56270"), new Town("Lorient", "56100"),
            new Town("Lanester", "56600"), new Town("Larmor-Plage", "56260"), new Town("Quéven", "56530"),
            new Town("Caudan", "56850"), new Town("Hennebont", "56700"), new Town("Guidel", "56520"),
            new Town("Riantec", "56670"));

    static final List<String> STREETS = List.of("rue de Kerforn", "rue du Général de Gaulle", "allée des Mouettes",
            "rue de la Fontaine", "impasse des Genêts", "rue Jean Jaurès", "route de Lann Sévelin",
            "rue des Ajoncs", "chemin de Kerroc'h", "place de l'Église", "rue de Keryado", "avenue de la Perrière");

    static final List<String> LAST_NAMES = List.of("Le Gall", "Le Goff", "Le Roux", "Guillou", "Le Bihan",
            "Tanguy", "Le Floch", "Morvan", "Le Corre", "Riou", "Jaouen", "Le Guen", "Quéré", "Kerhervé",
            "Le Bris", "Hamon", "Lefèvre", "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent",
            "Fournier", "Morel", "Girard", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
            "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Rousseau");

    static final List<String> FEMALE = List.of("Nolwenn", "Maëlle", "Anaïs", "Gwenaëlle", "Soizic", "Léa",
            "Manon", "Camille", "Chloé", "Inès", "Louise", "Jade", "Élise", "Aurélie", "Sophie", "Nathalie",
            "Isabelle", "Marie", "Françoise", "Annaïg", "Katell", "Rozenn", "Morgane", "Émilie");

    static final List<String> MALE = List.of("Yannick", "Gwenaël", "Erwan", "Loïc", "Ronan", "Tanguy", "Maël",
            "Hugo", "Lucas", "Louis", "Gabriel", "Jules", "Arthur", "Thomas", "Nicolas", "Julien", "Pierre",
            "Jean", "Yves", "Goulven", "Corentin", "Mathéo", "Kévin", "Sébastien");

    private DemoNames() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A unique, plausible address at a reserved example domain. */
    static String email(String first, String last, int household, int member) {
        String local = ascii(first) + "." + ascii(last) + (household * 10 + member);
        return local + "@example.org";
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
