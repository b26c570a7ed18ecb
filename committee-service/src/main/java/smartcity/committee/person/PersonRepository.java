package smartcity.committee.person;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public PanacheQuery<Person> matching(String q) {
        Sort order = Sort.by("nameTh").and("id");
        if (q == null || q.isBlank()) {
            return findAll(order);
        }
        String like = "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("lower(nameTh) like ?1 or lower(nameEn) like ?1 or lower(positionTh) like ?1 or lower(positionEn) like ?1",
                order, like);
    }
}
