package smartcity.committee.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingDetails", description = "A meeting held")
public record MeetingDetails(
        @NotNull @Schema(examples = "2022-06-06") LocalDate heldOn,
        @NotBlank @Size(max = 500) @Schema(examples = "ห้องประชุม 1 ชั้น 2 อาคารอำนวยการ ศาลากลางจังหวัดเชียงใหม่") String placeTh,
        @Size(max = 500) @Schema(examples = "Meeting Room 1, 2nd floor, Administration Building, Chiang Mai City Hall") String placeEn,
        @NotNull @Schema(description = "Who holds the chair (e.g. the Governor)") UUID chairPersonId,
        @Schema(description = "Who chaired this meeting for the chair, by delegation") UUID actingChairPersonId,
        @Size(max = 500) @Schema(examples = "ผู้ว่าราชการจังหวัดเชียงใหม่ มอบหมายให้รองผู้ว่าราชการจังหวัดเชียงใหม่ เป็นประธาน") String delegationTh,
        @Size(max = 60000) String minutesTh,
        @Size(max = 500) List<@Valid @NotNull Attendee> attendees,
        @Size(max = 100) List<@NotBlank @Size(max = 1000) String> agenda) {

    @Schema(name = "MeetingAttendee", description = "A person, or an agency as such")
    public record Attendee(UUID personId, UUID agencyId) {
    }
}
