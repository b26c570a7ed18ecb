package smartcity.agency;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import smartcity.agency.district.DistrictRepository;

/**
 * The rules of {@link AgencyDetails} that span fields or look at stored data: the local-administration kind and code
 * belong to local administrative organisations only, and the district and parent must exist. Reported per field,
 * together with every other broken rule.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentAgencyDetails.Validator.class)
@interface ConsistentAgencyDetails {

    String message() default "agency details are not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<ConsistentAgencyDetails, AgencyDetails> {

        private final DistrictRepository districts;
        private final AgencyRepository agencies;

        Validator(DistrictRepository districts, AgencyRepository agencies) {
            this.districts = districts;
            this.agencies = agencies;
        }

        @Override
        public boolean isValid(AgencyDetails details, ConstraintValidatorContext context) {
            if (details == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean local = details.type() == AgencyType.LOCAL_ADMINISTRATION;
            boolean valid = true;
            if (local && details.localKind() == null) {
                valid = broken(context, "localKind", "is required for a local administrative organisation");
            }
            if (!local && details.localKind() != null) {
                valid = broken(context, "localKind", "applies only to local administrative organisations");
            }
            if (!local && details.dlaCode() != null && details.type() != null) {
                valid = broken(context, "dlaCode", "applies only to local administrative organisations");
            }
            if (details.district() != null && details.district().matches("50[0-9]{2}")
                    && districts.findByIdOptional(details.district()).isEmpty()) {
                valid = broken(context, "district", "no Chiang Mai district has this geocode");
            }
            if (details.parentId() != null && agencies.findByIdOptional(details.parentId()).isEmpty()) {
                valid = broken(context, "parentId", "no agency has this id");
            }
            return valid;
        }

        private static boolean broken(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
