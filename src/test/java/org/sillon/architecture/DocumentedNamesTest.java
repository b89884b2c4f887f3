package org.sillon.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documents name classes where they are: every {@code component.layer.Class} in the README and in
 * {@code docs/} is a class of {@code src/main/java}, so that a class moved or renamed cannot leave the
 * architecture, the decisions or the glossary describing code that is no longer there.
 */
class DocumentedNamesTest {

    private static final Path BASE = Path.of(System.getProperty("sillon.basedir", "."));
    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z]+)\\.(boundary|control|entity)\\.([A-Z]\\w*)");

    @Test
    void everyQualifiedClassNameInTheDocumentsExists() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> documents = new ArrayList<>(List.of(BASE.resolve("README.md")));
        try (Stream<Path> docs = Files.list(BASE.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        for (Path document : documents) {
            List<String> lines = Files.readAllLines(document);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = QUALIFIED.matcher(lines.get(i));
                while (m.find()) {
                    Path source = BASE.resolve("src/main/java/org/sillon").resolve(m.group(1)).resolve(m.group(2))
                            .resolve(m.group(3) + ".java");
                    if (Files.isDirectory(BASE.resolve("src/main/java/org/sillon").resolve(m.group(1)))
                            && !Files.exists(source)) {
                        missing.add(BASE.relativize(document) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "Classes the documents name but the code does not have:\n"
                + String.join("\n", missing));
    }
}
