package smartcity.reporting.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import smartcity.reporting.i18n.Name;

/**
 * Which agencies answer for each smart-city dimension on a date: one lead and any number of supporting agencies, as
 * committee-service's {@code GET /responsibility-matrix} gives it. Not filled yet: until reporting receives that data,
 * {@link DashboardView#matrix()} is null and the page says "not available yet".
 *
 * @param asOf the date the assignments are valid on
 * @param dimensions the active dimensions, in the framework's order
 */
public record ResponsibilityMatrix(LocalDate asOf, List<DimensionRow> dimensions) {

    /**
     * One dimension and who is responsible for it.
     *
     * @param code the dimension's code (e.g. {@code SMART_MOBILITY})
     * @param lead the lead agency; null when the dimension has none on the date (the page marks it as a gap)
     * @param supporting the supporting agencies, possibly none
     */
    public record DimensionRow(String code, Name name, ResponsibleAgency lead, List<ResponsibleAgency> supporting) {
    }

    /**
     * An agency assigned to a dimension.
     *
     * @param flagged true when the agency has been dissolved or merged and the assignment awaits a decision
     */
    public record ResponsibleAgency(UUID agencyId, Name name, boolean flagged) {
    }

    /** The dimensions that have no lead agency on the date. */
    public long gaps() {
        return dimensions.stream().filter(dimension -> dimension.lead() == null).count();
    }
}
