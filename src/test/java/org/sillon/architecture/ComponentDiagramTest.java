package org.sillon.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The picture of the components in {@code docs/architecture.md} is the code's: the arrows of its Mermaid
 * flowchart are exactly the dependencies between components that the compiled classes have, every component
 * is in it, and the platform, left out of the arrows since everyone uses it, is indeed used by everyone.
 */
class ComponentDiagramTest {

    private static final Path BASE = Path.of(System.getProperty("sillon.basedir", "."));
    private static final String PLATFORM = "platform";

    /** An arrow {@code a --> b}, with an optional label {@code a -->|label| b}; the only kind the diagram draws. */
    private static final Pattern EDGE = Pattern.compile("\\s*(\\w+)\\s*-->\\s*(?:\\|[^|]*\\|\\s*)?(\\w+)\\s*");
    /** Any other arrow Mermaid knows (dotted, thick, open), which this test would otherwise not read. */
    private static final Pattern ANY_ARROW = Pattern.compile("--|==|-\\.|~~~");
    /** A node declared alone, with or without a label: {@code guard}, {@code platform[["..."]]}. */
    private static final Pattern NODE = Pattern.compile("\\s*(\\w+)\\s*(?:[\\[({>].*)?");
    private static final Set<String> KEYWORDS = Set.of("flowchart", "graph", "subgraph", "end", "direction",
            "classDef", "class", "style", "linkStyle", "click");

    @Test
    void theDiagramDrawsTheDependenciesTheCodeHas() throws IOException {
        Diagram diagram = Diagram.read(BASE.resolve("docs/architecture.md"));
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sillon");
        Set<String> components = new TreeSet<>();
        Set<String> edges = new TreeSet<>();
        Set<String> usingThePlatform = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = component(c);
            if (from == null) {
                continue;
            }
            components.add(from);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = component(d.getTargetClass());
                if (to == null || to.equals(from)) {
                    continue;
                }
                if (to.equals(PLATFORM)) {
                    usingThePlatform.add(from);
                } else {
                    edges.add(from + " --> " + to);
                }
            }
        }

        assertEquals(edges, diagram.edges, () -> "docs/architecture.md's diagram lacks " + difference(edges, diagram.edges)
                + " and draws " + difference(diagram.edges, edges) + ", which the code does not have");
        assertTrue(diagram.nodes.containsAll(components),
                "components missing from the diagram: " + difference(components, diagram.nodes));
        assertTrue(components.containsAll(diagram.nodes),
                "the diagram names what is no component: " + difference(diagram.nodes, components));
        components.remove(PLATFORM);
        assertEquals(components, usingThePlatform, "the components that use the platform, as the diagram says all do");
    }

    /** {@code org.sillon.<component>...}, or null for a class outside Sillon. */
    private static String component(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("sillon") ? parts[2] : null;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The first Mermaid block of a document: its arrows, and every node it names. */
    private record Diagram(Set<String> edges, Set<String> nodes) {

        static Diagram read(Path document) throws IOException {
            List<String> lines = Files.readAllLines(document);
            int start = lines.indexOf("```mermaid");
            assertTrue(start >= 0, document + " has no ```mermaid block");
            Set<String> edges = new TreeSet<>();
            Set<String> nodes = new TreeSet<>();
            List<String> unread = new ArrayList<>();
            for (String line : lines.subList(start + 1, lines.size())) {
                if (line.equals("```")) {
                    break;
                }
                String text = line.replaceFirst("%%.*", "");
                Matcher edge = EDGE.matcher(text);
                Matcher node = NODE.matcher(text);
                if (edge.matches()) {
                    edges.add(edge.group(1) + " --> " + edge.group(2));
                    nodes.add(edge.group(1));
                    nodes.add(edge.group(2));
                } else if (ANY_ARROW.matcher(text).find()) {
                    unread.add(line);
                } else if (node.matches() && !KEYWORDS.contains(node.group(1))) {
                    nodes.add(node.group(1));
                }
            }
            assertEquals(List.of(), unread, "arrows this test cannot read: draw them as a --> b or a -->|label| b");
            return new Diagram(edges, nodes);
        }
    }
}
