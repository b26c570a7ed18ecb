package smartcity.reporting.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

/**
 * Each date span of a request ends on or after it starts. A broken rule is reported on the later field, beside the
 * field-level errors, so a client sees every problem at once.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = DatesInOrder.Validator.class)
public @interface DatesInOrder {

    String message() default "dates are not in order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request with date spans. */
    interface Spans {
        List<Span> spans();
    }

    /** {@code last} must not be before {@code first}; a missing date is left to the field's own constraints. */
    record Span(LocalDate first, LocalDate last, String firstField, String lastField) {
    }

    class Validator implements ConstraintValidator<DatesInOrder, Spans> {

        @Override
        public boolean isValid(Spans request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (Span span : request.spans()) {
                if (span.first() != null && span.last() != null && span.last().isBefore(span.first())) {
                    context.buildConstraintViolationWithTemplate("must not be before " + span.firstField())
                            .addPropertyNode(span.lastField()).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
