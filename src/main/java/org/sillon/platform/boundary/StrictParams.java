package org.sillon.platform.boundary;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.Message;

/**
 * Query and path parameters that do not parse (a number "abc", a kind "BANK") are a 400 naming the
 * parameter, where JAX-RS would answer 404 as if the resource did not exist.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum() && rawType.getName().startsWith("org.sillon.")) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, Message.of("oneOf", allowed),
                    s -> Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT)));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Message.of("wholeNumber"), s -> Long.valueOf(s.strip()));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Message.of("wholeNumber"), s -> Integer.valueOf(s.strip()));
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) converter(name, Message.of("param.date"),
                    s -> java.time.LocalDate.parse(s.strip()));
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Message message, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    // answered by ProblemMappers.HttpErrors, in the caller's language
                    throw new WebApplicationException(ProblemException.invalid(name, message), Response.Status.BAD_REQUEST);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }
}
