package org.sillon.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls the pages' {@code #{p.lastName()}} and {@code #{tools.save}}, methods without arguments, through methods
 * found once per class. The pages call records' and entities' accessors so (EL 5 reads no record component as a
 * property), and the standard bean resolver looks each call's method up again among all the class's public
 * methods: 5-9 % of a staff list's request went into that lookup (performance.md). Anything else (arguments, a
 * method of a class that is not public) is left to the standard resolver, which follows in the chain.
 */
public class NoArgumentCalls extends ELResolver {

    private static final ClassValue<Map<String, Method>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> found = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && Modifier.isPublic(m.getDeclaringClass().getModifiers())
                        && (!m.isBridge() || !found.containsKey(m.getName()))) {
                    found.put(m.getName(), m);
                }
            }
            return Map.copyOf(found);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || params != null && params.length > 0) {
            return null;
        }
        Method m = METHODS.get(base.getClass()).get(name);
        if (m == null) {
            return null;
        }
        try {
            Object result = m.invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            // as the standard resolver does, so that the pages' error handling finds the same cause
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are the standard resolvers'
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
