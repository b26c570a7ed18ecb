package smartcity.reporting.webhook;

import java.util.UUID;

/**
 * Whether agency-service's registry has an agency, as this service's copy of it knows: the copy is asked first and, when
 * it does not know the id, brought up to date and asked again. Throws {@link AgencyServiceUnavailable} when agency-service
 * cannot be read. Call it outside any transaction: it may wait for agency-service.
 *
 * <p>An interface, implemented in {@code webhook.registry}, because the agency package depends on this one (it records
 * {@code agency.changed} events): webhook itself must not depend on agency, or the packages would form a cycle.
 */
public interface KnownAgencies {

    boolean exists(UUID agencyId);
}
