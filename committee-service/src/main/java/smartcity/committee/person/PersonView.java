package smartcity.committee.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import smartcity.committee.agency.AgencyCopy;

@Schema(name = "Person", description = "A person who sits, or sat, on a committee: the post held on the date asked "
        + "(today when none is), and every post held, oldest first")
public record PersonView(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "นาย") String honorific,
        @Schema(examples = "สมชาย ใจดี") String nameTh,
        @Schema(examples = "Somchai Jaidee") String nameEn,
        @Schema(readOnly = true, description = "The position held on the date asked (today when none is); absent when none",
                examples = "รองผู้ว่าราชการจังหวัดเชียงใหม่") String positionTh,
        @Schema(readOnly = true, examples = "Deputy Governor of Chiang Mai") String positionEn,
        @Schema(readOnly = true, description = "The agency of that post (an agency-service id)") UUID agencyId,
        @Schema(readOnly = true, description = "The agency's Thai name, from the local copy of agency-service's registry")
        String agencyNameTh,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(readOnly = true, description = "Personal contact data: present only for the secretariat and admins")
        Contact contact,
        @Schema(readOnly = true) long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = "Every post held, oldest first; a transfer adds one, a correction changes one")
        List<PostView> posts) {

    @Schema(name = "PersonContact")
    public record Contact(String phone, String email) {
    }

    @Schema(name = "PersonPost", description = "A post held from `from` to `to`, both included; null for no bound")
    public record PostView(
            @Schema(readOnly = true) UUID id,
            @Schema(examples = "พลังงานจังหวัดเชียงใหม่") String positionTh,
            @Schema(examples = "Chiang Mai Provincial Energy Officer") String positionEn,
            UUID agencyId,
            @Schema(implementation = String.class, format = "date", nullable = true,
                    description = "First day; null when held since before the record began", examples = "2022-06-01")
            LocalDate from,
            @Schema(implementation = String.class, format = "date", nullable = true,
                    description = "Last day, included; null while held", examples = "2026-12-02")
            LocalDate to,
            @Schema(readOnly = true, description = "The post's version: its ETag for a correction") long version) {

        public static PostView of(PersonPost post) {
            return new PostView(post.id(), post.positionTh(), post.positionEn(), post.agencyId(), post.validFrom(),
                    post.validTo(), post.version());
        }
    }

    static PersonView of(Person person, List<PersonPost> posts, LocalDate asOf, AgencyCopy agency, boolean withContact) {
        PersonPost held = PersonPostRepository.heldOn(posts, asOf).orElse(null);
        return new PersonView(person.id(), person.honorific(), person.nameTh(), person.nameEn(),
                held == null ? null : held.positionTh(), held == null ? null : held.positionEn(),
                held == null ? null : held.agencyId(), agency == null ? null : agency.nameTh(),
                withContact ? new Contact(person.phone(), person.email()) : null,
                person.version(), person.createdAt(), person.updatedAt(),
                posts.stream().map(PostView::of).toList());
    }

    /** The agency of the post held on the day, whose name the view shows. */
    static UUID agencyOn(List<PersonPost> posts, LocalDate asOf) {
        return PersonPostRepository.heldOn(posts, asOf).map(PersonPost::agencyId).orElse(null);
    }
}
