package smartcity.agency;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
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
        Criteria criteria = Criteria.of(filter);
        Sort sort = sort(filter.sort);
        return criteria.where().isEmpty() ? findAll(sort) : find(criteria.where(), sort, criteria.params());
    }

    /**
     * The ids of the agencies {@link #matching} the filter, in the same order: what the CSV export walks, reading the
     * rows a chunk at a time ({@link #exportRows}), instead of holding every agency in memory, or a cursor and its
     * connection open while a client downloads.
     */
    public List<UUID> idsMatching(AgencyFilter filter) {
        Criteria criteria = Criteria.of(filter);
        String requested = filter.sort == null ? "nameTh" : filter.sort;
        boolean descending = requested.startsWith("-");
        // one of the four columns AgencyFilter's pattern allows, ordered as sort() orders the list
        String column = descending ? requested.substring(1) : requested;
        TypedQuery<UUID> query = getEntityManager().createQuery("select id from Agency"
                + (criteria.where().isEmpty() ? "" : " where " + criteria.where())
                + " order by " + column + (descending ? " desc" : "") + ", id", UUID.class);
        criteria.params().forEach(query::setParameter);
        return query.getResultList();
    }

    /** These agencies as rows of the export, each with its parent's code: one query, in no particular order. */
    public List<AgencyExport.Row> exportRows(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a.id, a.code, a.nameTh, a.nameEn, a.abbreviation, a.type, "
                        + "a.localKind, a.dlaCode, p.code, a.district, a.address, a.phone, a.email, a.website, a.status "
                        + "from Agency a left join Agency p on p.id = a.parentId where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .map(row -> new AgencyExport.Row((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (AgencyType) row[5], (LocalAdministrationKind) row[6], (String) row[7],
                        (String) row[8], (String) row[9], (String) row[10], (String) row[11], (String) row[12],
                        (String) row[13], (AgencyStatus) row[14]))
                .toList();
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

    /** A list filter as a query's where clause (empty for none) and its named parameters. */
    private record Criteria(String where, Map<String, Object> params) {

        static Criteria of(AgencyFilter filter) {
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
            return new Criteria(String.join(" and ", where), params);
        }
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
