package smartcity.committee.roster;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@MembershipRequest.EndsAfterItStarts
@Schema(name = "MembershipRequest", description = "A person taking a seat from a date")
public record MembershipRequest(
        @NotNull UUID seatId,
        @NotNull UUID personId,
        @NotNull @Schema(examples = "2022-06-06") LocalDate startDate,
        @Schema(description = "Last day held, when already known") LocalDate endDate,
        @Size(max = 500) @Schema(description = "The order or resolution that made the membership",
                examples = "คำสั่งจังหวัดเชียงใหม่ ที่ 1234/2565") String basis,
        @Size(max = 500) @Schema(description = "For an ex-officio seat the person's post on startDate does not fit: why the "
                + "committee seats them all the same (recorded on the membership as its exceptionReason). Without it "
                + "such a seating is a 409; when the post fits it is not needed and not recorded.",
                examples = "รักษาราชการแทนพาณิชย์จังหวัดเชียงใหม่ ตามคำสั่งจังหวัดเชียงใหม่ ที่ 2001/2565") String reason) {

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = EndsAfterItStarts.Validator.class)
    @interface EndsAfterItStarts {
        String message() default "must not be before startDate";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<EndsAfterItStarts, MembershipRequest> {
            @Override
            public boolean isValid(MembershipRequest request, ConstraintValidatorContext context) {
                if (request == null || request.startDate() == null || request.endDate() == null
                        || !request.endDate().isBefore(request.startDate())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must not be before startDate")
                        .addPropertyNode("endDate").addConstraintViolation();
                return false;
            }
        }
    }
}
