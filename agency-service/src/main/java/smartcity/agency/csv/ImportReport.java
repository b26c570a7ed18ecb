package smartcity.agency.csv;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyImportReport", description = "What an import did, or in a dry run would do, line by line")
public record ImportReport(
        @Schema(description = "True when nothing was written") boolean dryRun,
        int created,
        int updated,
        int unchanged,
        List<Row> rows) {

    public enum Action { CREATE, UPDATE, UNCHANGED }

    @Schema(name = "AgencyImportRow")
    public record Row(int line, String code, Action action, @Schema(description = "Absent for a creation in a dry run") UUID id) {
    }
}
