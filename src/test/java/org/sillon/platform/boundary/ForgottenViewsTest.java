package org.sillon.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ForgottenViewsTest {

    @Test
    void theContextsOfViewsNoLongerActiveAreForgottenAndTheOthersKept() {
        Map<String, Object> session = session(Set.of("v3", "v4"), Set.of("v1", "v2", "v3", "v4"));
        ForgottenViews.forget(session);
        assertEquals(Set.of("v3", "v4"), contexts(session).keySet());
    }

    @Test
    void aViewWithoutViewScopedBeansHasNoContextAndLeavesTheOthersAlone() {
        Map<String, Object> session = session(Set.of("v1", "v2", "v3"), Set.of("v2"));
        ForgottenViews.forget(session);
        assertEquals(Set.of("v2"), contexts(session).keySet());
    }

    @Test
    void withoutMojarrasAttributesNothingIsTouched() {
        Map<String, Object> session = new HashMap<>();
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("v1", Map.of()));
        session.put(ForgottenViews.ACTIVE_VIEW_CONTEXTS, contexts);
        ForgottenViews.forget(session);
        assertEquals(Set.of("v1"), contexts.keySet());
        ForgottenViews.forget(new HashMap<>());
    }

    @Test
    void viewMapsReorderedMeanwhileLeaveEveryContextForTheNextPage() {
        Map<String, Object> session = session(Set.of("v2"), Set.of("v1", "v2"));
        Map<String, Object> reordered = new LinkedHashMap<>(Map.of("v2", new HashMap<>())) {
            @Override
            public Set<String> keySet() {
                throw new java.util.ConcurrentModificationException();
            }
        };
        session.put(ForgottenViews.ACTIVE_VIEW_MAPS, reordered);
        ForgottenViews.forget(session);
        assertEquals(Set.of("v1", "v2"), contexts(session).keySet());
    }

    private static Map<String, Object> session(Set<String> activeViews, Set<String> contextViews) {
        Map<String, Object> views = new LinkedHashMap<>();
        activeViews.forEach(v -> views.put(v, new HashMap<>()));
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        contextViews.forEach(v -> contexts.put(v, new ConcurrentHashMap<>()));
        Map<String, Object> session = new HashMap<>();
        session.put(ForgottenViews.ACTIVE_VIEW_MAPS, views);
        session.put(ForgottenViews.ACTIVE_VIEW_CONTEXTS, contexts);
        return session;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contexts(Map<String, Object> session) {
        return (Map<String, Object>) session.get(ForgottenViews.ACTIVE_VIEW_CONTEXTS);
    }
}
