package smartcity.committee.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
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
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.api.ProblemType;
import smartcity.committee.assignment.AssignmentViews.AgencyCell;
import smartcity.committee.assignment.AssignmentViews.AssignmentView;
import smartcity.committee.assignment.AssignmentViews.LeadHandoverView;
import smartcity.committee.assignment.AssignmentViews.MatrixRow;
import smartcity.committee.assignment.AssignmentViews.MatrixView;
import smartcity.committee.correction.Corrections;
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
    private final Corrections corrections;

    Responsibilities(AssignmentRepository assignments, DimensionRepository dimensions, AgencyDirectory agencies,
            ResolutionRepository resolutions, Corrections corrections) {
        this.corrections = corrections;
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

    /**
     * Hands a dimension's lead over from a date, all or nothing. The references are checked and the new lead confirmed
     * with agency-service before the transaction; then, under the dimension's row lock (which every write to the
     * dimension's assignments takes first, so two hand-overs of one dimension run one after the other), the lead on the
     * day must still be {@code fromAgencyId}: its assignment ends the day before, so does the new lead's support if it
     * had one, the new lead's starts, and the old lead's support, when kept, starts on the day too.
     */
    public LeadHandoverView handOver(UUID dimensionId, LeadHandover request, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            dimensions.findByIdOptional(dimensionId).orElseThrow(() -> new NoSuchDimension(dimensionId));
            if (request.toAgencyId().equals(request.fromAgencyId())) {
                throw new InvalidField("toAgencyId", "must be another agency than fromAgencyId");
            }
            resolutions.requireCited(request.resolutionId(), "resolutionId");
            agencies.confirm(request.toAgencyId(), "toAgencyId");
        });
        return QuarkusTransaction.joiningExisting().call(() -> handOverUnderTheDimensionsLock(dimensionId, request, actor));
    }

    private LeadHandoverView handOverUnderTheDimensionsLock(UUID dimensionId, LeadHandover request, String actor) {
        Dimension dimension = dimensions.findByIdOptional(dimensionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NoSuchDimension(dimensionId));
        if (!dimension.active()) {
            throw new Conflict("The dimension " + dimension.code() + " is retired: it has no lead to hand over");
        }
        LocalDate from = request.effectiveDate();
        List<Assignment> existing = assignments.list("dimensionId", dimension.id());
        Assignment previous = existing.stream().filter(a -> a.role() == Assignment.Role.LEAD && a.activeOn(from))
                .findFirst()
                .orElseThrow(() -> new Conflict(dimension.code() + " has no lead on " + from + " to hand over"));
        if (!previous.agencyId().equals(request.fromAgencyId())) {
            throw new Conflict("The lead of " + dimension.code() + " on " + from + " is " + name(previous.agencyId())
                    + ", not the agency handing over: the lead has changed; read the matrix again");
        }
        if (!previous.startDate().isBefore(from)) {
            throw new Conflict("The lead of " + dimension.code() + " starts on " + from + " itself: end or correct that "
                    + "assignment instead");
        }
        for (Assignment other : existing) {
            if (other != previous && other.role() == Assignment.Role.LEAD && other.overlaps(from, null)) {
                throw new Conflict(dimension.code() + " already has a lead from " + other.startDate()
                        + ", " + name(other.agencyId()) + "; a dimension has one lead on any date");
            }
        }
        LocalDate previousEnd = previous.endDate();
        previous.endBefore(from, actor);
        List<Assignment> ended = new ArrayList<>(List.of(previous));
        for (Assignment other : existing) {
            if (other.agencyId().equals(request.toAgencyId()) && other.overlaps(from, null)) {
                if (other.role() != Assignment.Role.SUPPORTING || !other.startDate().isBefore(from)) {
                    throw new Conflict("The agency taking over is already responsible for " + dimension.code()
                            + " from " + other.startDate() + "; end that assignment first");
                }
                other.endBefore(from, actor);
                ended.add(other);
            }
        }
        assignments.flush();
        Assignment lead = Assignment.assign(new AssignmentRequest(dimension.id(), request.toAgencyId(),
                Assignment.Role.LEAD, request.raci(), from, null, request.basis(), request.resolutionId()), actor);
        assignments.persist(lead);
        Assignment supporting = null;
        if (request.keepsPreviousAsSupporting()) {
            supporting = Assignment.assign(new AssignmentRequest(dimension.id(), previous.agencyId(),
                    Assignment.Role.SUPPORTING, null, from, previousEnd, request.basis(), request.resolutionId()), actor);
            assignments.persist(supporting);
        }
        assignments.flush();
        List<Assignment> all = new ArrayList<>(ended);
        all.add(lead);
        if (supporting != null) {
            all.add(supporting);
        }
        List<AssignmentView> views = views(all);
        return new LeadHandoverView(dimension.id(), dimension.code(), from, views.subList(0, ended.size()),
                views.get(ended.size()), supporting == null ? null : views.get(ended.size() + 1));
    }

    private String name(UUID agencyId) {
        return agencies.known(agencyId).map(AgencyCopy::nameTh).orElse(agencyId.toString());
    }

    /**
     * Corrects an assignment by merge patch. Under the dimension's row lock, taken first as every write to the
     * dimension's assignments takes it, then the assignment's: the If-Match is checked, the patch merged and validated,
     * a cited resolution checked, and the assignment corrected in one revision. An ended assignment may be corrected:
     * what it records (its basis, the resolution behind it) can be learnt after it ended.
     */
    public Assignment correct(UUID id, JsonNode patch, String ifMatch, String actor) throws JsonProcessingException {
        return Corrections.inTransaction(() -> {
            Assignment found = assignment(id);
            dimensions.findByIdOptional(found.dimensionId(), LockModeType.PESSIMISTIC_WRITE);
            Assignment assignment = assignments.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new AssignmentNotFound(id));
            AssignmentCorrection corrected = corrections.apply(assignment, "Assignment " + id, ifMatch,
                    AssignmentCorrection.of(assignment), patch, AssignmentCorrection.class);
            resolutions.requireCited(corrected.resolutionId(), "resolutionId");
            assignment.correct(corrected, actor);
            assignments.flush();
            return assignment;
        });
    }

    @Transactional
    public Assignment end(UUID id, AssignmentEnd end, String actor) {
        Assignment assignment = assignment(id);
        assignment.end(end.endDate(), actor);
        assignments.flush();
        return assignment;
    }

    public Assignment assignment(UUID id) {
        return assignments.findByIdOptional(id).orElseThrow(() -> new AssignmentNotFound(id));
    }

    /**
     * What an agency is responsible for on a date, one page at a time; 404 for an agency this service does not know:
     * neither in its copy of the registry nor named by an assignment (whose agency was confirmed with agency-service
     * when it was made).
     */
    public PageView<AssignmentView> ofAgency(UUID agencyId, LocalDate asOf, PageRequest page) {
        if (agencies.known(agencyId).isEmpty() && assignments.count("agencyId", agencyId) == 0) {
            throw new DomainProblem(ProblemType.NOT_FOUND, "No agency with the id " + agencyId + " is known") { };
        }
        return list(null, agencyId, asOf, page);
    }

    /** One page of assignments, in start order (ties by id): of a dimension, of an agency, in force on a date. */
    public PageView<AssignmentView> list(UUID dimensionId, UUID agencyId, LocalDate asOf, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (dimensionId != null) {
            conditions.add("dimensionId = :dimensionId");
            parameters.and("dimensionId", dimensionId);
        }
        if (agencyId != null) {
            conditions.add("agencyId = :agencyId");
            parameters.and("agencyId", agencyId);
        }
        if (asOf != null) {
            conditions.add("startDate <= :asOf and (endDate is null or endDate >= :asOf)");
            parameters.and("asOf", asOf);
        }
        Sort order = Sort.by("startDate").and("id");
        PanacheQuery<Assignment> query = conditions.isEmpty() ? assignments.findAll(order)
                : assignments.find(String.join(" and ", conditions), order, parameters);
        PageView<Assignment> found = PageView.of(query, page, a -> a);
        return new PageView<>(views(found.items()), found.page(), found.size(), found.totalItems(), found.totalPages());
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

    static final class NoSuchDimension extends DomainProblem {
        NoSuchDimension(UUID id) {
            super(ProblemType.NOT_FOUND, "No dimension has the id " + id);
        }
    }

    static final class AssignmentNotFound extends DomainProblem {
        AssignmentNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No assignment has the id " + id);
        }
    }

    static final class Conflict extends DomainProblem {
        Conflict(String detail) {
            super(ProblemType.CONFLICT, detail);
        }
    }
}
