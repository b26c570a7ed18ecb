package smartcity.reporting.dashboard;

import smartcity.reporting.feed.Freshness;
import java.time.Instant;
import java.util.List;
import smartcity.reporting.i18n.Name;
import smartcity.reporting.report.ParticipationReport;
import smartcity.reporting.report.Shares;

/**
 * The participation section: the figures of {@link ParticipationReport} with the groups' names in both languages, as
 * the report gives them. Percentages are the report's own (one decimal, and whole numbers by largest remainder).
 */
public record ParticipationPart(Instant dataAsOf, List<Freshness.Warning> warnings, Group overall, List<Group> byType, List<Group> byLocalKind,
        List<Group> byDistrict) {

    /**
     * One row of the report: a group of agencies (a type, a local kind, a district, or all of them).
     *
     * @param code the group's code as the report gives it ({@code LOCAL_ADMINISTRATION}, {@code 5001}, {@code ALL})
     * @param name the group's name; null for the overall row, which the page labels itself
     */
    public record Group(String code, Name name, long surveyed, long responded, Shares.Share running, Shares.Share none,
            Shares.Share notResponded) {

        /** A group named as the report names it. */
        static Group of(ParticipationReport.Row row) {
            return of(row, new Name(row.labelTh(), row.labelEn()));
        }

        /** The overall row, which the page labels itself. */
        static Group overall(ParticipationReport.Row row) {
            return of(row, null);
        }

        private static Group of(ParticipationReport.Row row, Name name) {
            return new Group(row.group(), name, row.surveyed(), row.responded(), row.running(), row.none(),
                    row.notResponded());
        }
    }

    static ParticipationPart of(ParticipationReport.View report) {
        // the page states the oldest of its sources' times: every figure on it is at least that current
        Instant oldest = report.dataAsOf().values().stream().filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(Instant.now());
        return new ParticipationPart(oldest, report.warnings(),
                Group.overall(report.overall()),
                report.byType().stream().map(Group::of).toList(),
                report.byLocalKind().stream().map(Group::of).toList(),
                report.byDistrict().stream().map(Group::of).toList());
    }
}
