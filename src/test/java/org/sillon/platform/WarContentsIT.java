package org.sillon.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The war carries no library that Payara Micro already runs: the war's class loader asks the server's first, so
 * such a copy is never loaded, only scanned at each deployment, and its version in the pom is not the one that runs
 * (docs/decisions.md). Read from the built war and the server's own jar, after packaging.
 */
class WarContentsIT {

    /** "jackson-core-2.19.1.jar" and "jackson-core.jar" both name the artifact "jackson-core". */
    private static final Pattern ARTIFACT = Pattern.compile("([^/]+?)(-\\d[^/]*)?\\.jar$");

    @Test
    void theWarCarriesNoLibraryThatTheServerRuns() throws IOException {
        Set<String> war = artifacts(Path.of(System.getProperty("sillon.basedir", "."), "target/sillon.war"),
                "WEB-INF/lib/");
        Set<String> server = artifacts(Path.of(System.getProperty("payara.microJar")), "MICRO-INF/runtime/");
        // the check would pass on empty lists: both must be what they are
        assertTrue(war.contains("primefaces") && war.contains("postgresql"), war.toString());
        assertTrue(server.contains("jackson-core") && server.size() > 100, server.toString());
        Set<String> both = new TreeSet<>(war);
        both.retainAll(server);
        assertEquals(Set.of(), both, "libraries in the war that Payara Micro runs its own copy of");
        assertFalse(war.contains("checker-qual"), "the driver's compile-time annotations are not needed to run");
    }

    /** The artifacts of the jars directly in {@code folder} of {@code archive}. */
    private static Set<String> artifacts(Path archive, String folder) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith(folder) && n.endsWith(".jar") && n.indexOf('/', folder.length()) < 0)
                    .map(WarContentsIT::artifact).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String artifact(String path) {
        Matcher m = ARTIFACT.matcher(path);
        if (!m.find()) {
            throw new IllegalArgumentException(path);
        }
        return m.group(1);
    }
}
