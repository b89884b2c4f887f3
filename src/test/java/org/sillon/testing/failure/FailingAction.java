package org.sillon.testing.failure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A page bean that fails as a bug would, in the integration tests' deployment only (with
 * {@code src/test/webapp/failure.xhtml}, see {@link org.sillon.testing.SillonDeployment}): the shipped war
 * has no way to make a page fail on purpose.
 */
@Named
@RequestScoped
public class FailingAction {

    /** What the exception says: a page that shows it leaks the server's internals. */
    public static final String INTERNALS = "PlantedFailure in FailingAction";

    /** Read while the page renders, when asked to fail there. */
    public String getRendered() {
        throw new IllegalStateException(INTERNALS);
    }

    /** The action of the page's buttons, with and without Ajax. */
    public void fail() {
        throw new IllegalStateException(INTERNALS);
    }
}
