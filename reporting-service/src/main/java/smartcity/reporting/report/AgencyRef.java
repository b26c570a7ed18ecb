package smartcity.reporting.report;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.i18n.Language;

/** An agency as a report names it: from the copy of agency-service's registry. */
@Schema(name = "ReportAgency", description = "An agency named in a report")
public record AgencyRef(UUID id, @Schema(examples = "CM-PEO") String code,
        @Schema(examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String name,
        @Schema(description = "ACTIVE, MERGED or DISSOLVED in agency-service; UNKNOWN when the copy does not hold it yet")
        String status) {

    static AgencyRef of(UUID id, Map<UUID, AgencySummary> agencies, Language language) {
        AgencySummary agency = agencies.get(id);
        if (agency == null) {
            return new AgencyRef(id, null, null, "UNKNOWN");
        }
        String name = language == Language.EN && agency.nameEn() != null && !agency.nameEn().isBlank()
                ? agency.nameEn() : agency.nameTh();
        return new AgencyRef(id, agency.code(), name, agency.status());
    }

    boolean active() {
        return "ACTIVE".equals(status);
    }

    static String codes(java.util.List<AgencyRef> agencies) {
        return String.join(";", agencies.stream().map(a -> a.code() == null ? a.id().toString() : a.code()).toList());
    }
}
