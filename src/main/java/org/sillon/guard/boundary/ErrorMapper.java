package org.sillon.guard.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sillon.guard.control.MemoryWatch;
import org.sillon.platform.boundary.ProblemMappers;

/**
 * A JVM error in a REST call (out of memory, stack overflow) is answered as any unexpected failure, a 500
 * problem without internals, rather than by the server's own page; an OutOfMemoryError is recorded for
 * the health check.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Error> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Error e) {
        MemoryWatch.observe(e, Instant.now());
        LOG.log(Level.SEVERE, "JVM error in the REST API", e);
        return ProblemMappers.internalError().toResponse(ProblemMappers.language(headers));
    }
}
