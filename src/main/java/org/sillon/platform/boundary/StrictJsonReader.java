package org.sillon.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sillon.platform.control.ProblemException;

/**
 * Reads Sillon's request bodies (Java records) strictly: malformed JSON, a field the record does not have,
 * or a value of the wrong type is a 400 naming the field, where a lenient binder would silently drop or
 * guess. Records may validate themselves in their constructor by throwing IllegalArgumentException.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.sillon.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(entityStream)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw ProblemException.invalid("body", "malformed JSON at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber());
        } catch (JsonException e) {
            throw ProblemException.invalid("body", "malformed or empty JSON");
        }
        return read(type, value, "");
    }

    static <T> T read(Class<T> type, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalid(path.isEmpty() ? "body" : path, "must be a JSON object");
        }
        JsonObject object = value.asJsonObject();
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw ProblemException.invalid(path + key, "unknown field; expected one of "
                        + Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", ")));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonValue v = object.getOrDefault(c.getName(), JsonValue.NULL);
            args[i] = convert(c.getType(), c.getGenericType(), v, path + c.getName());
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ProblemException pe) {
                throw pe;
            }
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw ProblemException.invalid(path.isEmpty() ? "body" : path.substring(0, path.length() - 1),
                        iae.getMessage());
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static Object convert(Class<?> type, Type generic, JsonValue v, String field) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                throw ProblemException.invalid(field, "is required");
            }
            return null;
        }
        if (type.isRecord() && type.getName().startsWith("org.sillon.")) {
            return read(type, v, field + ".");
        }
        if (generic instanceof ParameterizedType pt && java.util.Collection.class.isAssignableFrom(type)
                && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                && v.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = v.asJsonArray();
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(read(element, array.get(i), field + "[" + i + "]."));
            }
            return Set.class.isAssignableFrom(type) ? Set.copyOf(items) : java.util.List.copyOf(items);
        }
        try {
            return JSONB.fromJson(v.toString(), generic);
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            throw ProblemException.invalid(field, describe(type, v));
        }
    }

    private static String describe(Class<?> type, JsonValue v) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        String expected = Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)
                ? "a number" : type == String.class ? "a string" : type == Boolean.class || type == boolean.class
                ? "true or false" : java.time.temporal.Temporal.class.isAssignableFrom(type)
                ? "an ISO date such as 2026-01-31" : "a " + type.getSimpleName();
        return "must be " + expected + ", not " + v.getValueType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
