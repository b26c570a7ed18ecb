package smartcity.committee.person;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a correction of a post may change (a merge patch of these fields); its dates are changed by transfers only. */
@Schema(name = "PostCorrection", description = "A post's correctable fields, sent as a JSON merge patch (RFC 7396)")
public record PostCorrection(
        @Size(max = 300) @Schema(examples = "พลังงานจังหวัดเชียงใหม่") String positionTh,
        @Size(max = 300) @Schema(examples = "Chiang Mai Provincial Energy Officer") String positionEn,
        @Schema(description = "An agency-service id") UUID agencyId) {

    /** The document a client sends (the same fields, none required). */
    @Schema(name = "PostPatch", description = "A JSON merge patch of a post: any correctable field; null clears it")
    public record Patch(@Schema(maxLength = 300) String positionTh, @Schema(maxLength = 300) String positionEn,
            @Schema(format = "uuid") UUID agencyId) {
    }

    static PostCorrection of(PersonPost post) {
        return new PostCorrection(post.positionTh(), post.positionEn(), post.agencyId());
    }
}
