package smartcity.agency.changefeed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AgencyEventRepository implements PanacheRepositoryBase<AgencyEvent, Long> {
}
