package smartcity.agency.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * How request bodies are read, beyond {@code application.properties}: a body with anything after its JSON value
 * ({@code {...} }x}) is malformed, not the JSON before it; and a date is one the database can store (years 1 to 9999),
 * so that {@code +10000-01-01} is a 400 naming the field rather than a failed insert.
 */
@Singleton
public class JsonReading implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("storable-dates").addDeserializer(LocalDate.class, new StorableDate()));
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
}
