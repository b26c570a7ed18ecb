package smartcity.committee.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a correction of a person may change (a merge patch of these fields): names, honorific and contact data. A
 * post is corrected on its own ({@code PATCH /people/{id}/posts/{postId}}) and changed by a transfer.
 */
@Schema(name = "PersonCorrection", description = "A person's correctable fields, sent as a JSON merge patch (RFC 7396)")
public record PersonCorrection(
        @NotBlank @Size(max = 40) @Schema(examples = "นาย") String honorific,
        @NotBlank @Size(max = 200) @Schema(examples = "สมชาย ใจดี") String nameTh,
        @Size(max = 200) @Schema(examples = "Somchai Jaidee") String nameEn,
        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,38}", message = "must be a telephone number: digits, spaces, hyphens, brackets, an optional leading +")
        @Schema(description = "Personal", examples = "081 234 5678") String phone,
        @Size(max = 254) @Email @Schema(description = "Personal") String email) {

    /** The document a client sends: any of the fields, none required (the corrected whole must keep the rules). */
    @Schema(name = "PersonPatch", description = "A JSON merge patch of a person: any correctable field; null clears it")
    public record Patch(@Schema(maxLength = 40, examples = "ดร.") String honorific,
            @Schema(maxLength = 200, examples = "สมชาย ใจดี") String nameTh,
            @Schema(maxLength = 200, examples = "Somchai Jaidee") String nameEn,
            @Schema(maxLength = 40, description = "Personal") String phone,
            @Schema(maxLength = 254, format = "email", description = "Personal") String email) {
    }

    static PersonCorrection of(Person p) {
        return new PersonCorrection(p.honorific(), p.nameTh(), p.nameEn(), p.phone(), p.email());
    }
}
