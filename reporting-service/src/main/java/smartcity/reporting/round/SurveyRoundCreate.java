package smartcity.reporting.round;

import smartcity.reporting.api.DatesInOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@DatesInOrder
@Schema(name = "SurveyRoundCreate", description = "A new survey round")
public record SurveyRoundCreate(
        @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "must be 2 to 40 upper-case letters, digits, hyphens or underscores")
        @Schema(description = "Unique business code", maxLength = 40, examples = "SMART-CITY-2565")
        String code,
        @NotBlank @Size(max = 300) @Schema(examples = "สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565") String titleTh,
        @Size(max = 300) @Schema(examples = "Smart-city work survey, fiscal year 2022") String titleEn,
        @NotNull @Schema(description = "First day of the period the survey asks about", examples = "2021-10-01") LocalDate periodStart,
        @NotNull @Schema(description = "Last day of that period", examples = "2022-09-30") LocalDate periodEnd,
        @NotNull @Schema(description = "First day agencies can answer", examples = "2022-04-01") LocalDate opensOn,
        @NotNull @Schema(description = "Last day agencies can answer", examples = "2022-05-31") LocalDate closesOn)
        implements DatesInOrder.Spans {

    @Override
    public java.util.List<DatesInOrder.Span> spans() {
        return java.util.List.of(new DatesInOrder.Span(periodStart, periodEnd, "periodStart", "periodEnd"),
                new DatesInOrder.Span(opensOn, closesOn, "opensOn", "closesOn"));
    }
}
