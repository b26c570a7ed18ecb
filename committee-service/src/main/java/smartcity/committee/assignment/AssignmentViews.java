package smartcity.committee.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.agency.AgencyCopy;
import smartcity.committee.dimension.Dimension;

/** Responsibility assignments at the API edge. */
public final class AssignmentViews {

    private AssignmentViews() {
    }

    @Schema(name = "Assignment")
    public record AssignmentView(@Schema(readOnly = true) UUID id, UUID dimensionId, String dimensionCode, UUID agencyId,
            @Schema(readOnly = true, description = "From the local copy of the agency registry") String agencyNameTh,
            Assignment.Role role, String raci, LocalDate startDate, LocalDate endDate, String basis, UUID resolutionId,
            @Schema(readOnly = true, description = "The agency's status as agency-service last reported it") String agencyStatus,
            @Schema(readOnly = true, description = "True when the agency has been dissolved or merged: the assignment needs a decision")
            boolean flagged,
            @Schema(readOnly = true, description = "Send it as If-Match (quoted) when correcting the assignment; also the ETag")
            long version) {

        static AssignmentView of(Assignment a, Dimension dimension, AgencyCopy agency) {
            return new AssignmentView(a.id(), a.dimensionId(), dimension == null ? null : dimension.code(), a.agencyId(),
                    agency == null ? null : agency.nameTh(), a.role(), a.raci(), a.startDate(), a.endDate(), a.basis(), a.resolutionId(),
                    agency == null ? null : agency.status(), agency != null && !"ACTIVE".equals(agency.status()),
                    a.version());
        }
    }

    @Schema(name = "LeadHandoverResult", description = "What a lead hand-over did, all in one change")
    public record LeadHandoverView(UUID dimensionId, String dimensionCode, LocalDate effectiveDate,
            @Schema(description = "The assignments it ended the day before: the old lead's, and the new lead's support "
                    + "when it had one") List<AssignmentView> ended,
            @Schema(description = "The new lead's assignment, from the effective date") AssignmentView lead,
            @Schema(description = "The old lead's support from the effective date, when it was kept on")
            AssignmentView supporting) {
    }

    @Schema(name = "ResponsibleAgency")
    public record AgencyCell(UUID assignmentId, UUID agencyId, String agencyNameTh, String raci,
            @Schema(description = "True when the agency has been dissolved or merged") boolean flagged) {
    }

    @Schema(name = "MatrixRow", description = "One dimension: its lead agency and its supporting agencies")
    public record MatrixRow(UUID dimensionId, String code, String nameTh, String nameEn,
            @Schema(description = "Absent when the dimension has no lead on the date") AgencyCell lead,
            List<AgencyCell> supporting) {
    }

    @Schema(name = "ResponsibilityMatrix", description = "Who is responsible for each dimension on a date")
    public record MatrixView(LocalDate asOf, List<MatrixRow> dimensions,
            @Schema(description = "Codes of the active dimensions that have no lead on the date") List<String> gaps) {
    }
}
