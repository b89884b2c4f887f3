package org.sillon.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Which Sillon answers, for a client that checks what it talks to. It reads nothing per request, so it is also
 * the trivial endpoint that FootprintBench times the others beside: what any authenticated call costs.
 */
@Path("v1/version")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Audience.EVERYONE)
@ApplicationScoped
public class VersionResource {

    public record Version(String application, String version) {
    }

    private final Version version = new Version("Sillon", read());

    @GET
    @Operation(summary = "The application and its version")
    public Version get() {
        return version;
    }

    private static String read() {
        Properties build = new Properties();
        try (InputStream in = VersionResource.class.getResourceAsStream("build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version");
    }
}
