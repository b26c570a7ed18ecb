package smartcity.committee.dimension;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DimensionRepository implements PanacheRepositoryBase<Dimension, UUID> {

    private static final Sort FRAMEWORK_ORDER = Sort.by("displayOrder").and("id");

    public Optional<Dimension> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Dimension> framework(Boolean active) {
        return active == null ? findAll(FRAMEWORK_ORDER) : find("active", FRAMEWORK_ORDER, active);
    }

    /** The dimensions these resolutions introduced, in display order: one query for a whole list of resolutions. */
    public List<Dimension> introducedBy(Collection<UUID> resolutionIds) {
        return resolutionIds.isEmpty() ? List.of()
                : list("introducedByResolutionId in ?1", FRAMEWORK_ORDER, resolutionIds);
    }

    /** The display order that puts a new dimension after every existing one. */
    public int nextDisplayOrder() {
        Integer highest = getEntityManager()
                .createQuery("select max(d.displayOrder) from Dimension d", Integer.class)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }
}
