package smartcity.committee.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.InvalidField;
import smartcity.committee.api.ProblemType;
import smartcity.committee.assignment.AssignmentViews.AgencyCell;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;
import smartcity.committee.assignment.AssignmentViews.MatrixRow;
import smartcity.committee.assignment.AssignmentViews.MatrixView;
import smartcity.committee.dimension.Dimension;
import smartcity.committee.dimension.DimensionRepository;
import smartcity.committee.resolution.ResolutionRepository;

/**
 * Who is responsible for which dimension. A dimension has at most one lead on any date, and an agency holds at most
 * one assignment per dimension at a time; both are checked under the dimension's row lock, taken first.
 */
@ApplicationScoped
public class Responsibilities {

    private final AssignmentRepository assignments;
    private final DimensionRepository dimensions;
    private final AgencyDirectory agencies;
    private final ResolutionRepository resolutions;

    Responsibilities(AssignmentRepository assignments, DimensionRepository dimensions, AgencyDirectory agencies,
            ResolutionRepository resolutions) {
        this.assignments = assignments;
        this.dimensions = dimensions;
        this.agencies = agencies;
        this.resolutions = resolutions;
    }

    /**
     * Assigns a dimension. The references are checked and the agency confirmed with agency-service first, outside any
     * transaction ({@code AgencyDirectory.beforeTheTransaction}, which also steps out of one an Idempotency-Key
     * opened); the rules are then checked and the assignment written in {@code QuarkusTransaction.joiningExisting()},
     * whose first statement is the dimension's row lock, so no lock is held while agency-service is waited for and the
     * reads after the lock see every assignment committed before it.
     */
    public Assignment assign(AssignmentRequest request, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            dimension(request);
            if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
                throw new InvalidField("endDate", "must not be before startDate");
            }
            resolutions.requireCited(request.resolutionId(), "resolutionId");
            agencies.confirm(request.agencyId(), "agencyId");
        });
        return QuarkusTransaction.joiningExisting().call(() -> assignUnderTheDimensionsLock(request, actor));
    }

    private Dimension dimension(AssignmentRequest request) {
        return dimensions.findByIdOptional(request.dimensionId())
                .orElseThrow(() -> new InvalidField("dimensionId", "no dimension has this id"));
    }

    private Assignment assignUnderTheDimensionsLock(AssignmentRequest request, String actor) {
        Dimension dimension = dimensions.findByIdOptional(request.dimensionId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new InvalidField("dimensionId", "no dimension has this id"));
        for (Assignment existing : assignments.list("dimensionId", dimension.id())) {
            if (!existing.overlaps(request.startDate(), request.endDate())) {
                continue;
            }
            if (existing.agencyId().equals(request.agencyId())) {
                throw new Conflict("The agency is already responsible for " + dimension.code() + " from "
                        + existing.startDate() + "; end that assignment first");
            }
            if (existing.role() == Assignment.Role.LEAD && request.role() == Assignment.Role.LEAD) {
                String lead = agencies.known(existing.agencyId()).map(AgencyCopy::nameTh).orElse(existing.agencyId().toString());
                throw new Conflict(dimension.code() + " already has a lead, " + lead + ", from " + existing.startDate()
                        + (existing.endDate() == null ? "" : " to " + existing.endDate())
                        + "; a dimension has one lead on any date");
            }
        }
        Assignment assignment = Assignment.assign(request, actor);
        assignments.persistAndFlush(assignment);
        return assignment;
    }

    @Transactional
    public Assignment end(UUID id, AssignmentEnd end, String actor) {
        Assignment assignment = assignment(id);
        assignment.end(end.endDate(), actor);
        assignments.flush();
        return assignment;
    }

    public Assignment assignment(UUID id) {
        return assignments.findByIdOptional(id).orElseThrow(
                () -> new DomainProblem(ProblemType.NOT_FOUND, "No assignment has the id " + id) { });
    }

    /**
     * What an agency is responsible for on a date; 404 for an agency this service does not know: neither in its copy
     * of the registry nor named by an assignment (whose agency was confirmed with agency-service when it was made).
     */
    public List<AssignmentView> ofAgency(UUID agencyId, LocalDate asOf) {
        if (agencies.known(agencyId).isEmpty() && assignments.count("agencyId", agencyId) == 0) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "No agency with the id " + agencyId + " is known") { };
        }
        return list(null, agencyId, asOf);
    }

    public List<AssignmentView> list(UUID dimensionId, UUID agencyId, LocalDate asOf) {
        List<Assignment> found;
        Sort order = Sort.by("startDate").and("id");
        if (dimensionId != null && agencyId != null) {
            found = assignments.list("dimensionId = ?1 and agencyId = ?2", order, dimensionId, agencyId);
        } else if (dimensionId != null) {
            found = assignments.list("dimensionId", order, dimensionId);
        } else if (agencyId != null) {
            found = assignments.list("agencyId", order, agencyId);
        } else {
            found = assignments.listAll(order);
        }
        return views(found.stream().filter(a -> asOf == null || a.activeOn(asOf)).toList());
    }

    public MatrixView matrix(LocalDate asOf) {
        List<Dimension> framework = dimensions.framework(true).list();
        // one read of the assignments active on the date with their agencies' names: no entities, however many cells
        Map<UUID, List<Object[]>> byDimension = assignments.getEntityManager().createQuery(
                        "select a.dimensionId, a.role, a.id, a.agencyId, a.raci, c.nameTh, c.status from Assignment a "
                                + "left join AgencyCopy c on c.id = a.agencyId "
                                + "where a.startDate <= :day and (a.endDate is null or a.endDate >= :day) order by a.id",
                        Object[].class)
                .setParameter("day", asOf)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (UUID) row[0], java.util.LinkedHashMap::new, Collectors.toList()));
        List<MatrixRow> rows = framework.stream().map(d -> {
            List<Object[]> mine = byDimension.getOrDefault(d.id(), List.of());
            AgencyCell lead = mine.stream().filter(row -> row[1] == Assignment.Role.LEAD).findFirst()
                    .map(Responsibilities::cell).orElse(null);
            List<AgencyCell> supporting = mine.stream().filter(row -> row[1] == Assignment.Role.SUPPORTING)
                    .map(Responsibilities::cell).toList();
            return new MatrixRow(d.id(), d.code(), d.nameTh(), d.nameEn(), lead, supporting);
        }).toList();
        List<String> gaps = rows.stream().filter(r -> r.lead() == null).map(MatrixRow::code).toList();
        return new MatrixView(asOf, rows, gaps);
    }

    /** A cell from (dimension, role, assignment, agency, raci, name, status); no name when the agency is not known. */
    private static AgencyCell cell(Object[] row) {
        String status = (String) row[6];
        return new AgencyCell((UUID) row[2], (UUID) row[3], (String) row[5], (String) row[4],
                status != null && !"ACTIVE".equals(status));
    }

    public Optional<Assignment> find(UUID id) {
        return assignments.findByIdOptional(id);
    }

    List<AssignmentView> views(List<Assignment> found) {
        Map<UUID, AgencyCopy> names = agencies.known(found.stream().map(Assignment::agencyId).collect(Collectors.toSet()));
        Map<UUID, Dimension> dims = dimensions.listAll().stream().collect(Collectors.toMap(Dimension::id, Function.identity()));
        return found.stream().map(a -> AssignmentView.of(a, dims.get(a.dimensionId()), names.get(a.agencyId()))).toList();
    }

    static final class Conflict extends DomainProblem {
        Conflict(String detail) {
            super(ProblemType.CONFLICT, detail);
        }
    }
}
