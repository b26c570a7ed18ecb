package smartcity.reporting.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How request bodies are read, beyond {@code application.properties}: a body with anything after its JSON value
 * ({@code {...} }x}) is malformed, not the JSON before it; a date is one the database can store (years 1 to 9999),
 * so that {@code +10000-01-01} is a 400 naming the field rather than a failed insert; and a list longer than its
 * {@code @Size(max)} is refused while it is read ({@link TooManyItems}), before Bean Validation would cascade into
 * every element and report each one, so that 300 000 elements cost a small 400 and not the heap.
 */
@Singleton
public class JsonReading implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("storable-dates").addDeserializer(LocalDate.class, new StorableDate()));
        mapper.registerModule(new SimpleModule("bounded-lists").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer, Integer.MAX_VALUE);
            }
        }));
    }

    @Override
    public int priority() {
        // after Quarkus's own customizers, so that this date reader replaces the Java time module's
        return MINIMUM_PRIORITY;
    }

    /** An ISO-8601 date, read as the Java time module reads it, within the years the database stores. */
    static final class StorableDate extends StdScalarDeserializer<LocalDate> {

        StorableDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(),
                        "the year must be between 1 and 9999");
            }
            return date;
        }
    }

    /** A list in a body with more elements than the property's {@code @Size(max)} allows. */
    public static final class TooManyItems extends MismatchedInputException {

        private final int max;

        TooManyItems(JsonParser parser, int max) {
            super(parser, "more than " + max + " items");
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    /**
     * Reads a collection as Jackson does, after counting its elements as they come: with a {@code @Size(max)} on the
     * property, the array is buffered element by element, and reading stops at the first element over the bound, so
     * that neither the parser nor Bean Validation ever sees the rest.
     */
    static final class BoundedCollection extends DelegatingDeserializer {

        private final int max;

        BoundedCollection(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedCollection(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> delegate = context.handleSecondaryContextualization(_delegatee, property,
                    context.constructType(_delegatee.handledType()));
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return new BoundedCollection(delegate, size == null ? Integer.MAX_VALUE : size.max());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (max == Integer.MAX_VALUE || !parser.isExpectedStartArrayToken()) {
                return super.deserialize(parser, context);
            }
            TokenBuffer elements = context.bufferForInputBuffering(parser);
            elements.copyCurrentEvent(parser);
            int count = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    return context.handleUnexpectedToken(handledType(), parser);
                }
                if (++count > max) {
                    throw new TooManyItems(parser, max);
                }
                elements.copyCurrentStructure(parser);
            }
            elements.copyCurrentEvent(parser);
            try (JsonParser buffered = elements.asParserOnFirstToken()) {
                return super.deserialize(buffered, context);
            }
        }
    }
}
