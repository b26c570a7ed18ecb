package smartcity.committee.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AgencyCopyRepository implements PanacheRepositoryBase<AgencyCopy, UUID> {
}
