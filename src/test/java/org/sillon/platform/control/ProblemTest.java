package org.sillon.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemTest {

    /**
     * {@link Problem} builds its media type through {@code MediaType.valueOf}, which needs a Jakarta REST
     * implementation. Unit tests run without one (it comes with Payara), so the classes that build problems
     * are tested with this minimal delegate that only knows how to read and write a media type. It is
     * installed only when no real implementation is on the class path.
     */
    static final class MinimalRestRuntime extends RuntimeDelegate {

        static synchronized void install() {
            try {
                RuntimeDelegate.getInstance();
            } catch (RuntimeException noImplementation) {
                RuntimeDelegate.setInstance(new MinimalRestRuntime());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
            if (type != MediaType.class) {
                // classes such as EntityTag ask for their delegate when loaded; they only use it to print
                return new HeaderDelegate<T>() {
                    @Override
                    public T fromString(String value) {
                        throw new UnsupportedOperationException("not needed by unit tests: " + type);
                    }

                    @Override
                    public String toString(T value) {
                        throw new UnsupportedOperationException("not needed by unit tests: " + type);
                    }
                };
            }
            return (HeaderDelegate<T>) new HeaderDelegate<MediaType>() {
                @Override
                public MediaType fromString(String value) {
                    String[] parts = value.split(";")[0].trim().split("/", 2);
                    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                        throw new IllegalArgumentException("not a media type: " + value);
                    }
                    return new MediaType(parts[0], parts[1]);
                }

                @Override
                public String toString(MediaType value) {
                    return value.getType() + "/" + value.getSubtype();
                }
            };
        }

        @Override
        public UriBuilder createUriBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder createResponseBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Variant.VariantListBuilder createVariantListBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T createEndpoint(Application application, Class<T> endpointType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Link.Builder createLinkBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<SeBootstrap.Instance> bootstrap(Application application,
                SeBootstrap.Configuration configuration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz,
                SeBootstrap.Configuration configuration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EntityPart.Builder createEntityPartBuilder(String partName) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeAll
    static void restRuntime() {
        MinimalRestRuntime.install();
    }

    @Test
    void mediaTypeIsProblemJson() {
        assertEquals("application/problem+json", Problem.MEDIA_TYPE);
        assertEquals("application", Problem.MEDIA.getType());
        assertEquals("problem+json", Problem.MEDIA.getSubtype());
    }

    @Test
    void ofBuildsATypedProblemWithoutFieldErrors() {
        Problem p = Problem.of(Response.Status.CONFLICT, "duplicate-email", "Conflict", "already used");
        assertEquals("https://sillon.org/problems/duplicate-email", p.type());
        assertEquals("Conflict", p.title());
        assertEquals(409, p.status());
        assertEquals("already used", p.detail());
        assertNull(p.instance());
        assertTrue(p.errors().isEmpty());
    }

    @Test
    void invalidFieldNamesTheFieldAt400() {
        Problem p = Problem.invalidField("email", "is not a valid email address");
        assertEquals(400, p.status());
        assertEquals("https://sillon.org/problems/invalid-request", p.type());
        assertEquals("email: is not a valid email address", p.detail());
        assertEquals(List.of(new Problem.FieldError("email", "is not a valid email address")), p.errors());
    }
}
