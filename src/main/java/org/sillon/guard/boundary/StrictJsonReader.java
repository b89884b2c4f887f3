package org.sillon.guard.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.sillon.platform.control.ProblemException;
import org.sillon.platform.entity.InvalidValue;
import org.sillon.platform.entity.Message;

/**
 * Reads Sillon's request bodies (Java records) strictly: malformed JSON, text that is not the declared
 * encoding, a duplicate or unknown key, a value of the wrong JSON type (no "123" for a number, no ["x"]
 * for a text), a NUL character, nesting deeper than {@code sillon.api.max-json-depth} or an array longer
 * than {@code sillon.api.max-json-array} is a 400 naming the field, where a lenient binder would guess,
 * keep the last key or run out of stack. The body's size is bounded before it gets here ({@link BodyLimit}).
 * Records may validate themselves in their constructor by throwing an {@link InvalidValue}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** The kinds of JSON value, as refusals name them. */
    private static final Message LIST = Message.of("json.kind.list");
    private static final Message OBJECT = Message.of("json.kind.object");
    private static final Message STRING = Message.of("json.kind.string");
    private static final Message NUMBER = Message.of("json.kind.number");
    private static final Message BOOLEAN = Message.of("json.kind.boolean");

    /** The limits of one reader: how deep objects and arrays may nest, and how many items an array holds. */
    public record Limits(int maxDepth, int maxArrayItems) {

        static Limits configured() {
            var config = ConfigProvider.getConfig();
            return new Limits(config.getValue("sillon.api.max-json-depth", Integer.class),
                    config.getValue("sillon.api.max-json-array", Integer.class));
        }
    }

    private final Limits limits;

    public StrictJsonReader() {
        this(Limits.configured());
    }

    StrictJsonReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.sillon.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            return read(type, parse(entityStream, charset(mediaType)), "");
        } catch (ProblemException refused) {
            // read what the client is still sending (bounded by BodyLimit), so that it gets this answer rather
            // than a connection closed under its upload
            entityStream.transferTo(OutputStream.nullOutputStream());
            throw refused;
        }
    }

    /** The one JSON value of a body, checked as it is read. */
    JsonValue parse(InputStream body, Charset charset) {
        // a strict decoder: a byte that is not the declared encoding is refused, not turned into U+FFFD
        Reader reader = new InputStreamReader(body, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = PARSERS.createParser(reader)) {
            if (!parser.hasNext()) {
                throw ProblemException.invalid("body", Message.of("json.empty"));
            }
            JsonValue value = value(parser, parser.next(), "", 1);
            if (parser.hasNext()) {
                throw ProblemException.invalid("body", Message.of("json.trailing"));
            }
            return value;
        } catch (JsonParsingException e) {
            throw ProblemException.invalid("body", Message.of("json.malformedAt", e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            if (causedByEncoding(e)) {
                throw ProblemException.invalid("body", Message.of("json.charset", charset.name()));
            }
            throw ProblemException.invalid("body", Message.of("json.malformedOrEmpty"));
        } catch (ArithmeticException | NumberFormatException | IllegalStateException e) {
            throw ProblemException.invalid("body", Message.of("json.malformed"));
        }
    }

    private JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        switch (event) {
            case START_OBJECT -> {
                deeper(depth);
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new java.util.HashSet<>();
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                    String key = parser.getString();
                    String field = path + key;
                    noNul(key, field);
                    if (!keys.add(key)) {
                        throw ProblemException.invalid(field, Message.of("json.twice"));
                    }
                    object.add(key, value(parser, parser.next(), field + ".", depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                deeper(depth);
                String field = trimmed(path);
                JsonArrayBuilder array = Json.createArrayBuilder();
                int items = 0;
                for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                    if (++items > limits.maxArrayItems()) {
                        throw ProblemException.invalid(field, Message.of("json.maxItems", limits.maxArrayItems()));
                    }
                    array.add(value(parser, e, field + "[" + (items - 1) + "].", depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                String text = parser.getString();
                noNul(text, trimmed(path));
                return Json.createValue(text);
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw ProblemException.invalid("body", Message.of("json.malformed"));
        }
    }

    private void deeper(int depth) {
        if (depth > limits.maxDepth()) {
            throw ProblemException.invalid("body", Message.of("json.depth", limits.maxDepth()));
        }
    }

    private static void noNul(String text, String field) {
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.invalid(field.isEmpty() ? "body" : field, Message.of("nul"));
        }
    }

    /** "address.city." becomes "address.city"; the root is "body". */
    private static String trimmed(String path) {
        return path.isEmpty() ? "body" : path.substring(0, path.length() - 1);
    }

    static <T> T read(Class<T> type, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalid(path.isEmpty() ? "body" : trimmed(path), Message.of("json.object"));
        }
        JsonObject object = value.asJsonObject();
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw ProblemException.invalid(path + key, Message.of("json.unknownField",
                        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", "))));
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
            if (e.getCause() instanceof InvalidValue refused) {
                throw ProblemException.invalid(path.isEmpty() ? "body" : trimmed(path), refused.message());
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static Object convert(Class<?> type, Type generic, JsonValue v, String field) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                throw ProblemException.invalid(field, Message.of("required"));
            }
            return null;
        }
        if (type.isRecord() && type.getName().startsWith("org.sillon.")) {
            return read(type, v, field + ".");
        }
        if (Collection.class.isAssignableFrom(type)) {
            Type element = typeArgument(generic, 0, field);
            JsonArray array = expect(v, JsonValue.ValueType.ARRAY, field, LIST).asJsonArray();
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(item(element, array.get(i), field, i));
            }
            if (Set.class.isAssignableFrom(type)) {
                if (items.contains(null)) {
                    throw ProblemException.invalid(field,
                            Message.of("json.item", items.indexOf(null) + 1, Message.of("notNull")));
                }
                return Set.copyOf(items);
            }
            // a list may hold nulls where its facade gives them a meaning (an ignored column of an import)
            return java.util.Collections.unmodifiableList(items);
        }
        if (Map.class.isAssignableFrom(type)) {
            Type valueType = typeArgument(generic, 1, field);
            Map<String, Object> map = new LinkedHashMap<>();
            expect(v, JsonValue.ValueType.OBJECT, field, OBJECT).asJsonObject().forEach((key, value) ->
                    map.put(key, convert(raw(valueType), valueType, value, field + "." + key)));
            return Map.copyOf(map);
        }
        return scalar(type, v, field);
    }

    /**
     * One item of a list. A record item is named by its index ("contacts[2].email"); a plain value is named by
     * its list, as a form shows one field for it, with its position in the message ("roles": "item 2: ...").
     */
    private static Object item(Type element, JsonValue v, String field, int index) {
        Class<?> raw = raw(element);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (raw.isRecord() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return convert(raw, element, v, field + "[" + index + "]");
        }
        try {
            return convert(raw, element, v, field);
        } catch (ProblemException e) {
            throw ProblemException.invalid(field, Message.of("json.item", index + 1, e.errors().get(0).message()));
        }
    }

    private static Object scalar(Class<?> type, JsonValue v, String field) {
        if (type == String.class) {
            return ((JsonString) expect(v, JsonValue.ValueType.STRING, field, STRING)).getString();
        }
        if (type == Boolean.class || type == boolean.class) {
            if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
                throw wrongType(field, BOOLEAN, v);
            }
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (type == Long.class || type == long.class) {
            return whole(v, field, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Integer.class || type == int.class) {
            return (int) whole(v, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == BigDecimal.class) {
            return number(v, field);
        }
        if (type.isEnum()) {
            String name = ((JsonString) expect(v, JsonValue.ValueType.STRING, field, STRING)).getString();
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid(field, Message.of("oneOf", Arrays.stream(
                            type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")))));
        }
        Function<String, ?> temporal = TEMPORALS.get(type);
        if (temporal != null) {
            String text = ((JsonString) expect(v, JsonValue.ValueType.STRING, field, STRING)).getString();
            try {
                return temporal.apply(text.strip());
            } catch (DateTimeException e) {
                throw ProblemException.invalid(field, type == LocalDate.class ? Message.of("date.example")
                        : Message.of("dateTime.example"));
            }
        }
        // a record component of a type this reader does not know is a programming error, found by the first test
        throw new IllegalStateException("StrictJsonReader cannot read " + type.getName() + " (" + field + ")");
    }

    private static final Map<Class<?>, Function<String, ?>> TEMPORALS = Map.of(
            LocalDate.class, LocalDate::parse,
            Instant.class, s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
            OffsetDateTime.class, OffsetDateTime::parse,
            LocalDateTime.class, LocalDateTime::parse,
            LocalTime.class, LocalTime::parse,
            YearMonth.class, YearMonth::parse);

    private static BigDecimal number(JsonValue v, String field) {
        BigDecimal n = ((JsonNumber) expect(v, JsonValue.ValueType.NUMBER, field, NUMBER)).bigDecimalValue();
        // "1e999999999" is a valid JSON number whose expansion would cost minutes: no amount needs it
        if (Math.abs(n.scale()) > 100 || n.precision() > 100) {
            throw ProblemException.invalid(field, Message.of("json.number"));
        }
        return n;
    }

    private static long whole(JsonValue v, String field, long min, long max) {
        BigDecimal n = number(v, field);
        try {
            long value = n.stripTrailingZeros().longValueExact();
            if (value < min || value > max) {
                throw new ArithmeticException();
            }
            return value;
        } catch (ArithmeticException e) {
            throw ProblemException.invalid(field, Message.of("json.whole", min, max));
        }
    }

    private static JsonValue expect(JsonValue v, JsonValue.ValueType type, String field, Message expected) {
        if (v.getValueType() != type) {
            throw wrongType(field, expected, v);
        }
        return v;
    }

    private static ProblemException wrongType(String field, Message expected, JsonValue v) {
        return ProblemException.invalid(field, Message.of("json.wrongType", expected, switch (v.getValueType()) {
            case ARRAY -> LIST;
            case OBJECT -> OBJECT;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case TRUE, FALSE -> BOOLEAN;
            case NULL -> Message.of("json.kind.null");
        }));
    }

    private static Type typeArgument(Type generic, int index, String field) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments().length > index) {
            return pt.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("StrictJsonReader needs the element type of " + field);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("StrictJsonReader cannot read " + type);
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.invalid("Content-Type", Message.of("json.unknownCharset", name.toLowerCase(Locale.ROOT)));
        }
    }

    private static boolean causedByEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
