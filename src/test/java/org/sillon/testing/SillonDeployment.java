package org.sillon.testing;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.sillon.testing.clock.ClockResource;
import org.sillon.testing.clock.MovableClock;
import org.sillon.testing.failure.FailingAction;
import org.sillon.testing.failure.FailingResource;

/**
 * The one deployment every integration test runs against: the war Maven built, exactly as it ships, plus two
 * test-only pieces: the movable clock ({@link MovableClock}, {@link ClockResource}: see {@link MovedClock}) and
 * a page and an API method that fail on purpose ({@link FailingAction}, {@link FailingResource}).
 * Tests talk to it over HTTP only (testable = false), as real clients do.
 */
public final class SillonDeployment {

    private SillonDeployment() {
    }

    @Deployment(testable = false, name = "sillon")
    public static WebArchive war() {
        File war = new File(System.getProperty("sillon.basedir", "."), "target/sillon.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Build the war first (mvn verify does): " + war);
        }
        // ROOT.war: Payara Micro serves it at /, as production does
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                // only here can the application's clock move: the shipped war has neither class
                .addClasses(MovableClock.class, ClockResource.class)
                // nor can a page or an API method fail on purpose
                .addClasses(FailingAction.class, FailingResource.class)
                .addAsWebResource(new File(System.getProperty("sillon.basedir", "."), "src/test/webapp/failure.xhtml"),
                        "failure.xhtml");
    }
}
