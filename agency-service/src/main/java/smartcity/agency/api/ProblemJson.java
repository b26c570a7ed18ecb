package smartcity.agency.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a problem as the problem extension does, with one difference: {@code instance} is written as the URI it is.
 * The extension's writer percent-decodes it, so that an id sent as {@code %3Cx%3E} would come back as {@code <x>}, which
 * is not a URI reference as RFC 9457 requires; {@link ProblemInstance} makes the URI, this writes it unchanged.
 */
@Singleton
public class ProblemJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("problem-json").addSerializer(HttpProblem.class, new Writer()));
    }

    @Override
    public int priority() {
        // after the extension's customizer (default priority): a serializer registered later takes precedence
        return MINIMUM_PRIORITY;
    }

    static final class Writer extends StdSerializer<HttpProblem> {

        Writer() {
            super(HttpProblem.class);
        }

        @Override
        public void serialize(HttpProblem problem, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            if (problem.getType() != null) {
                json.writeStringField("type", problem.getType().toASCIIString());
            }
            json.writeNumberField("status", problem.getStatusCode());
            if (problem.getTitle() != null) {
                json.writeStringField("title", problem.getTitle());
            }
            if (problem.getDetail() != null) {
                json.writeStringField("detail", problem.getDetail());
            }
            if (problem.getInstance() != null) {
                json.writeStringField("instance", problem.getInstance().toASCIIString());
            }
            for (Map.Entry<String, Object> parameter : problem.getParameters().entrySet()) {
                json.writeObjectField(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
        }
    }
}
