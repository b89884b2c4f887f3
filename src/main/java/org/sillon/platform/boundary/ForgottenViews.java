package org.sillon.platform.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forgets, at the end of each page, the view scopes that Mojarra has destroyed but not let go of. Mojarra keeps
 * the last 25 view maps of a session (its "active view maps") and destroys the beans of older ones, but the entry
 * that names a view's {@code @ViewScoped} beans (its "active view contexts", one map per view ever shown) stays in
 * the session until the session ends: Mojarra 4.0.11, as Payara Micro 6.2025.10 ships it. A staff member's
 * session of a day of pages holds a few hundred such entries; an hour of the footprint bench's load held 150,000,
 * about 50 MB of the heap (performance.md). Each entry whose view map is no longer active is removed, under the
 * lock Mojarra holds while it registers a view map and evicts the eldest, so that a view being registered keeps
 * its entry. The two session attributes are Mojarra's own names; were they ever renamed, nothing is removed.
 */
public class ForgottenViews implements PhaseListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext context = event.getFacesContext().getExternalContext();
        if (context.getSession(false) != null) {
            forget(context.getSessionMap());
        }
    }

    /** Removes from {@code session}'s view contexts those of views no longer among its active view maps. */
    static void forget(Map<String, Object> session) {
        if (session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> views
                && session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                && contexts.size() > views.size()) {
            Set<Object> active;
            synchronized (views) {
                try {
                    active = new HashSet<>(views.keySet());
                } catch (ConcurrentModificationException restoredMeanwhile) {
                    // Mojarra reads the view maps without that lock when it restores a view, and the map keeps
                    // them in order of use: the next page forgets them instead
                    return;
                }
                contexts.keySet().retainAll(active);
            }
        }
    }
}
