package smartcity.reporting.round;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /survey-rounds/{id}}, for the OpenAPI document only: a JSON merge patch (RFC 7396) of a
 * planned round's details. The patch is merged into {@link SurveyRoundCreate} and validated as that whole.
 */
@Schema(name = "SurveyRoundPatch", description = "A JSON merge patch (RFC 7396) of a planned round's details: the fields "
        + "present are set, `titleEn: null` removes the English title; any other field (id, status, version, ...) is a 400. "
        + "The corrected round must satisfy the same rules as a new one (dates in order, titleTh not blank).")
public record SurveyRoundPatch(
        @Schema(description = "Unique business code", maxLength = 40, examples = "SMART-CITY-2565") String code,
        @Schema(maxLength = 300, examples = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565") String titleTh,
        @Schema(maxLength = 300, examples = "Smart-city work survey, fiscal year 2022") String titleEn,
        @Schema(examples = "2021-10-01") LocalDate periodStart,
        @Schema(examples = "2022-09-30") LocalDate periodEnd,
        @Schema(examples = "2022-04-01") LocalDate opensOn,
        @Schema(examples = "2022-06-15") LocalDate closesOn) {
}
