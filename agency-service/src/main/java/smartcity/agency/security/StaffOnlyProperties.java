package smartcity.agency.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link StaffOnly} property as it is only when the secretariat or an admin is calling, and as {@code null}
 * otherwise: to anonymous callers, to agency editors, and outside a request (nothing is written for a caller then).
 * Done where JSON is written, so that no view, history or feed can forget it.
 */
@Singleton
public class StaffOnlyProperties implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("staff-only").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                    List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    changed.add(property.getAnnotation(StaffOnly.class) == null ? property : new Redacted(property));
                }
                return changed;
            }
        }));
    }

    /** Whether the request being served is the secretariat's or an admin's. */
    static boolean staffIsCalling() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity != null && (identity.hasRole(Roles.SECRETARIAT) || identity.hasRole(Roles.ADMIN));
    }

    static final class Redacted extends BeanPropertyWriter {

        Redacted(BeanPropertyWriter property) {
            super(property);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator json, SerializerProvider provider) throws Exception {
            if (staffIsCalling()) {
                super.serializeAsField(bean, json, provider);
            } else {
                json.writeFieldName(_name);
                json.writeNull();
            }
        }
    }
}
