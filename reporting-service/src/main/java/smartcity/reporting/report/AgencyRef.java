package smartcity.reporting.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.agency.AgencySummary;
import smartcity.reporting.i18n.Language;
import smartcity.reporting.i18n.Name;

/** An agency as a report names it: from the copy of agency-service's registry. */
@Schema(name = "ReportAgency", description = "An agency named in a report")
public record AgencyRef(UUID id, @Schema(examples = "CM-PEO") String code,
        @Schema(description = "Its name in the report's language (Thai when it has no English name)",
                examples = "สำนักงานพลังงานจังหวัดเชียงใหม่") String name,
        @Schema(description = "Its Thai name, whatever the report's language", examples = "สำนักงานพลังงานจังหวัดเชียงใหม่")
        String nameTh,
        @Schema(description = "Its English name, whatever the report's language; absent when it has none",
                examples = "Chiang Mai Provincial Energy Office") String nameEn,
        @Schema(description = "ACTIVE, MERGED or DISSOLVED in agency-service; UNKNOWN when the copy does not hold it yet")
        String status) {

    static AgencyRef of(UUID id, Map<UUID, AgencySummary> agencies) {
        AgencySummary agency = agencies.get(id);
        if (agency == null) {
            return new AgencyRef(id, null, null, null, null, "UNKNOWN");
        }
        return new AgencyRef(id, agency.code(), null, agency.nameTh(), agency.nameEn(), agency.status());
    }

    /** The same agency, {@link #name} for readers of the language. */
    AgencyRef in(Language language) {
        return new AgencyRef(id, code, nameTh == null ? null : new Name(nameTh, nameEn).in(language), nameTh, nameEn,
                status);
    }

    boolean active() {
        return "ACTIVE".equals(status);
    }

    static String codes(List<AgencyRef> agencies) {
        return String.join(";", agencies.stream().map(a -> a.code() == null ? a.id().toString() : a.code()).toList());
    }

    static List<AgencyRef> in(List<AgencyRef> agencies, Language language) {
        return agencies.stream().map(a -> a.in(language)).toList();
    }
}
