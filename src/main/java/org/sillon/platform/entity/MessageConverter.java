package org.sillon.platform.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Collection;

/**
 * Stores a {@link Message} as JSON text, {@code {"key": "import.civility", "args": [...]}}, so that what was
 * said is worded again in each reader's language. An argument is kept as a nested message, a list, null, or
 * its text (an enum as its name).
 */
@Converter
public class MessageConverter implements AttributeConverter<Message, String> {

    @Override
    public String convertToDatabaseColumn(Message message) {
        return message == null ? null : json(message).toString();
    }

    @Override
    public Message convertToEntityAttribute(String json) {
        return json == null ? null : message(Json.createReader(new StringReader(json)).readObject());
    }

    private static JsonObject json(Message message) {
        JsonArrayBuilder args = Json.createArrayBuilder();
        message.args().forEach(a -> args.add(json(a)));
        return Json.createObjectBuilder().add("key", message.key()).add("args", args).build();
    }

    private static JsonValue json(Object arg) {
        if (arg == null) {
            return JsonValue.NULL;
        }
        if (arg instanceof Message m) {
            return json(m);
        }
        if (arg instanceof Collection<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(i -> array.add(json(i)));
            return array.build();
        }
        return Json.createValue(arg instanceof Enum<?> e ? e.name() : arg.toString());
    }

    private static Message message(JsonObject json) {
        return new Message(json.getString("key"), json.getJsonArray("args").stream().map(MessageConverter::arg).toList());
    }

    private static Object arg(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> message(value.asJsonObject());
            case ARRAY -> ((JsonArray) value).stream().map(MessageConverter::arg).toList();
            case STRING -> ((JsonString) value).getString();
            case NULL -> null;
            default -> value.toString();
        };
    }
}
