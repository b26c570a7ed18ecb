package smartcity.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id");

    public PanacheQuery<WebhookSubscription> all() {
        return findAll(NEWEST_FIRST);
    }

    public PanacheQuery<WebhookSubscription> ofAgency(UUID agencyId) {
        return find("agencyId", NEWEST_FIRST, agencyId);
    }
}
