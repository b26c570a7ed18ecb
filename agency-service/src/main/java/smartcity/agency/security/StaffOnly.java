package smartcity.agency.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value only the secretariat and admins may read: who wrote a record (the token's subject, in production a civil
 * servant's login). For every other caller, anonymous ones included, {@link StaffOnlyProperties} writes it as
 * {@code null}, wherever the record appears (a view, a history, a feed).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffOnly {

    /** For the OpenAPI descriptions of such properties. */
    String DESCRIPTION = "Who did it (the token's subject): shown to the secretariat and admins only, null for others";
}
