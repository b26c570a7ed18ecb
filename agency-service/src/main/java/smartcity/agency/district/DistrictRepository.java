package smartcity.agency.district;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {

    public PanacheQuery<District> allByCode() {
        return findAll(Sort.by("code"));
    }
}
