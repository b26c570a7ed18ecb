package smartcity.committee.roster;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.roster.RosterEnums.SeatBasis;
import smartcity.committee.roster.RosterEnums.SeatRole;

@SeatDetails.ExOfficioNamesItsPosition
@Schema(name = "SeatDetails", description = "A new seat on a committee")
public record SeatDetails(
        @NotNull @Schema(examples = "CHAIR") SeatRole role,
        @NotNull @Schema(examples = "EX_OFFICIO") SeatBasis basis,
        @NotBlank @Size(max = 300) @Schema(examples = "ประธานกรรมการ") String titleTh,
        @Size(max = 300) @Schema(examples = "Chair") String titleEn,
        @Size(max = 300) @Schema(description = "For an ex-officio seat: the position whose holder sits in it",
                examples = "ผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
        @Size(max = 300) @Schema(description = "For an ex-officio seat: the same position in English; a holder whose "
                + "English post matches it fits too", examples = "Governor of Chiang Mai") String positionEn,
        @Schema(description = "For an ex-officio seat: the agency of that position (an agency-service id)") UUID agencyId) {

    /** An ex-officio seat must name its position; an appointed one names none. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ExOfficioNamesItsPosition.Validator.class)
    @interface ExOfficioNamesItsPosition {
        String message() default "seat basis and position do not agree";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ExOfficioNamesItsPosition, SeatDetails> {
            @Override
            public boolean isValid(SeatDetails seat, ConstraintValidatorContext context) {
                if (seat == null || seat.basis() == null) {
                    return true;
                }
                boolean named = seat.positionTh() != null && !seat.positionTh().isBlank();
                if (seat.basis() == SeatBasis.EX_OFFICIO && !named) {
                    return broken(context, "positionTh", "is required for an ex-officio seat");
                }
                boolean english = seat.positionEn() != null && !seat.positionEn().isBlank();
                if (seat.basis() == SeatBasis.APPOINTED && (named || english || seat.agencyId() != null)) {
                    return broken(context, named ? "positionTh" : english ? "positionEn" : "agencyId",
                            "applies only to ex-officio seats");
                }
                return true;
            }

            private static boolean broken(ConstraintValidatorContext context, String field, String message) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
