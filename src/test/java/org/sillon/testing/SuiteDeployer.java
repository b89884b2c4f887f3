package org.sillon.testing;

import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.core.spi.context.AbstractContext;
import org.jboss.arquillian.core.spi.context.NonIdBoundContext;
import org.jboss.arquillian.core.spi.context.ObjectStore;
import org.jboss.arquillian.core.spi.HashObjectStore;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One Payara Micro for the whole test run. Arquillian deploys (and so boots a Payara Micro, about 25 s) once
 * per test class; this extension generates the deployment of {@link SillonDeployment} once, deploys it for
 * the first class, blocks every later per-class deployment and undeployment, and undeploys when the
 * container stops. Every test class still gets its {@code @ArquillianResource URL}, because the deployment
 * scenario lives in a suite-wide context that outlives each class.
 */
public class SuiteDeployer {

    /** Registers the observer and its context; named in META-INF/services. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SuiteDeployer.class).context(SuiteContextImpl.class);
        }
    }

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<SuiteContext> suiteContext;

    @Inject
    @SuiteScoped
    private InstanceProducer<DeploymentScenario> suiteScenario;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private boolean generated;
    private boolean deployNext;
    private boolean undeployNow;

    public void startup(@Observes(precedence = -100) BeforeSuite event) {
        TestServices.start();
        classContext.get().activate(SillonDeployment.class);
        try {
            generated = false;
            generate.fire(new GenerateDeployment(new TestClass(SillonDeployment.class)));
            DeploymentScenario scenario = classScenario.get();
            suiteContext.get().activate();
            suiteScenario.set(scenario);
            deployNext = true;
        } finally {
            classContext.get().deactivate();
        }
    }

    public void onGenerate(@Observes EventContext<GenerateDeployment> context) {
        if (!generated) {
            generated = true;
            context.proceed();
        }
    }

    public void onDeploy(@Observes EventContext<DeployManagedDeployments> context) {
        if (deployNext) {
            deployNext = false;
            context.proceed();
        }
    }

    public void onUndeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (undeployNow) {
            undeployNow = false;
            context.proceed();
        }
    }

    public void shutdown(@Observes BeforeStop event) {
        undeployNow = true;
        undeploy.fire(new UnDeployManagedDeployments());
    }

    /** Marks what lives for the whole run. */
    @org.jboss.arquillian.core.api.annotation.Scope
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD})
    public @interface SuiteScoped {
    }

    public interface SuiteContext extends NonIdBoundContext {
    }

    public static class SuiteContextImpl extends AbstractContext<String> implements SuiteContext {
        private static final String ID = "sillon-suite";

        @Override
        public Class<? extends java.lang.annotation.Annotation> getScope() {
            return SuiteScoped.class;
        }

        @Override
        public void activate() {
            super.activate(ID);
        }

        @Override
        public void destroy() {
            super.destroy(ID);
        }

        @Override
        protected ObjectStore createNewObjectStore() {
            return new HashObjectStore();
        }
    }

}
