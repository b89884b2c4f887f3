package org.sillon.bench.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /api, as in Sillon. */
@ApplicationPath("api")
public class FloorApplication extends Application {
}
