package org.sillon.bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the hello-world war's root. */
@ApplicationPath("/")
public class HelloApplication extends Application {
}
