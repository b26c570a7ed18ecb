package smartcity.committee.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.agency.AgencyCopy;

@Schema(name = "Person", description = "A person who sits, or sat, on a committee")
public record PersonView(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "นาย") String honorific,
        @Schema(examples = "สมชาย ใจดี") String nameTh,
        @Schema(examples = "Somchai Jaidee") String nameEn,
        @Schema(examples = "รองผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
        @Schema(examples = "Deputy Governor of Chiang Mai") String positionEn,
        UUID agencyId,
        @Schema(readOnly = true, description = "The agency's Thai name, from the local copy of agency-service's registry")
        String agencyNameTh,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(readOnly = true, description = "Personal contact data: present only for the secretariat and admins")
        Contact contact,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt) {

    @Schema(name = "PersonContact")
    public record Contact(String phone, String email) {
    }

    static PersonView of(Person person, AgencyCopy agency, boolean withContact) {
        return new PersonView(person.id(), person.honorific(), person.nameTh(), person.nameEn(), person.positionTh(),
                person.positionEn(), person.agencyId(), agency == null ? null : agency.nameTh(),
                withContact ? new Contact(person.phone(), person.email()) : null,
                person.version(), person.createdAt(), person.updatedAt());
    }
}
