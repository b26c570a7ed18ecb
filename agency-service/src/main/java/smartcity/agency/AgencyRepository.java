package smartcity.agency;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    /** At most this many codes in the parameter list of one query. */
    static final int CODES_PER_QUERY = 1000;

    public Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Agency> matching(AgencyFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.type != null) {
            where.add("type = :type");
            params.put("type", filter.type);
        }
        if (filter.localKind != null) {
            where.add("localKind = :localKind");
            params.put("localKind", filter.localKind);
        }
        if (filter.district != null) {
            where.add("district = :district");
            params.put("district", filter.district);
        }
        if (filter.status != null) {
            where.add("status = :status");
            params.put("status", filter.status);
        }
        if (filter.parentId != null) {
            where.add("parentId = :parentId");
            params.put("parentId", filter.parentId);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.add("(lower(nameTh) like :q or lower(nameEn) like :q or lower(abbreviation) like :q or lower(code) like :q)");
            params.put("q", "%" + escapeLike(filter.q.strip().toLowerCase()) + "%");
        }
        if (filter.updatedSince != null) {
            where.add("updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince.toInstant());
        }
        Sort sort = sort(filter.sort);
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** The codes of the given agencies, by id: one query however many ids. */
    public Map<UUID, String> codesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> codes = new HashMap<>();
        getEntityManager().createQuery("select a.id, a.code from Agency a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> codes.put((UUID) row[0], (String) row[1]));
        return codes;
    }

    /** The agencies with these codes, however many: a query per {@value #CODES_PER_QUERY} codes. */
    public List<Agency> withCodes(Collection<String> codes) {
        List<String> all = List.copyOf(codes);
        List<Agency> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
            found.addAll(list("code in ?1", all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY))));
        }
        return found;
    }

    /**
     * The registry's hierarchy in one query: every agency that has a parent, by its code, with its parent's code (for
     * the CSV import, which checks that the parents a file sets make no cycle through the registry).
     */
    public Map<String, String> parentCodes() {
        Map<String, String> parents = new HashMap<>();
        getEntityManager().createQuery("select a.code, p.code from Agency a join Agency p on p.id = a.parentId", Object[].class)
                .getResultList()
                .forEach(row -> parents.put((String) row[0], (String) row[1]));
        return parents;
    }

    public List<Agency> children(UUID parentId) {
        return list("parentId", Sort.by("nameTh").and("id"), parentId);
    }

    /** From the direct parent up to the top of the hierarchy. */
    public List<Agency> ancestors(Agency agency) {
        List<Agency> ancestors = new ArrayList<>();
        UUID next = agency.parentId();
        while (next != null && ancestors.size() < 100) {
            Agency parent = findById(next);
            if (parent == null) {
                break;
            }
            ancestors.add(parent);
            next = parent.parentId();
        }
        return ancestors;
    }

    private static Sort sort(String requested) {
        String value = requested == null ? "nameTh" : requested;
        boolean descending = value.startsWith("-");
        String column = descending ? value.substring(1) : value;
        return (descending ? Sort.descending(column) : Sort.ascending(column)).and("id");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
