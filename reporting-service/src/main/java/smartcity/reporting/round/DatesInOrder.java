package smartcity.reporting.round;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A survey round's period ends on or after it starts, and its answering window closes on or after it opens. Each
 * broken rule is reported on the later field, beside the field-level errors, so a client sees every problem at once.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = DatesInOrder.Validator.class)
@interface DatesInOrder {

    String message() default "dates are not in order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DatesInOrder, SurveyRoundCreate> {

        @Override
        public boolean isValid(SurveyRoundCreate round, ConstraintValidatorContext context) {
            if (round == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = inOrder(round.periodStart(), round.periodEnd(), "periodEnd", "must not be before periodStart", context);
            valid &= inOrder(round.opensOn(), round.closesOn(), "closesOn", "must not be before opensOn", context);
            return valid;
        }

        private static boolean inOrder(LocalDate first, LocalDate second, String field, String message,
                ConstraintValidatorContext context) {
            if (first == null || second == null || !second.isBefore(first)) {
                return true;
            }
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
