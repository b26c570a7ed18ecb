package smartcity.reporting.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.reporting.security.StaffOnly;

@Schema(name = "SurveyRound", description = "A survey round of the agencies in the smart-city programme")
public record SurveyRoundView(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "SMART-CITY-2565") String code,
        @Schema(examples = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565") String titleTh,
        @Schema(examples = "Smart-city work survey, fiscal year 2022") String titleEn,
        @Schema(examples = "2021-10-01") LocalDate periodStart,
        @Schema(examples = "2022-09-30") LocalDate periodEnd,
        @Schema(examples = "2022-04-01") LocalDate opensOn,
        @Schema(examples = "2022-05-31") LocalDate closesOn,
        @Schema(readOnly = true, description = "PLANNED (details can be corrected), OPEN (population fixed), CLOSED, or "
                + "CANCELLED (called off before it opened)") SurveyRound.Status status,
        @Schema(readOnly = true, description = "When it was cancelled; absent unless CANCELLED",
                examples = "2022-03-15T03:00:00Z") Instant cancelledAt,
        @Schema(readOnly = true, description = "Why it was cancelled, when a reason was given",
                examples = "รวมกับรอบสำรวจประจำปี / Merged into the annual round") String cancellationReason,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String createdBy,
        @Schema(readOnly = true, description = StaffOnly.DESCRIPTION) @StaffOnly String updatedBy) {

    public static SurveyRoundView from(SurveyRound round) {
        return new SurveyRoundView(round.id(), round.code(), round.titleTh(), round.titleEn(), round.periodStart(), round.periodEnd(),
                round.opensOn(), round.closesOn(), round.status(), round.cancelledAt(), round.cancellationReason(), round.version(), round.createdAt(), round.updatedAt(), round.createdBy(),
                round.updatedBy());
    }
}
