package smartcity.committee.changefeed;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee change feed", description = "Every change to dimensions, responsibility assignments, committees, "
        + "seats, memberships, seats' vacancy periods, people's public fields, meetings and resolutions, in commit order, "
        + "for systems that keep a copy")
public class ChangeFeedResource {

    static final int MAX_LIMIT = 1000;

    private static final String EXAMPLE = """
            {
              "items": [
                {"cursor": "17", "revision": 17, "occurredAt": "2022-06-06T03:15:00.123Z", "kind": "SEAT",
                 "id": "0b6f3c2e-4a8d-4a57-9d36-1f1d2f0a7c11", "change": "CREATED",
                 "data": {"id": "0b6f3c2e-4a8d-4a57-9d36-1f1d2f0a7c11", "committeeId": "5e0d9a44-7c1b-4f0e-8a3d-2c6b9e1f4a20",
                          "role": "CHAIR", "basis": "EX_OFFICIO", "titleTh": "ประธานกรรมการ", "titleEn": "Chair",
                          "positionTh": "ผู้ว่าราชการจังหวัดเชียงใหม่", "agencyId": null, "displayOrder": 1,
                          "establishedOn": null, "abolishedOn": null}},
                {"cursor": "18", "revision": 18, "occurredAt": "2022-06-06T03:16:41.007Z", "kind": "PERSON",
                 "id": "c3d2e1f0-8b7a-4c6d-9e5f-1a2b3c4d5e6f", "change": "UPDATED",
                 "data": {"id": "c3d2e1f0-8b7a-4c6d-9e5f-1a2b3c4d5e6f", "honorific": "นาย", "nameTh": "ประจญ ปรัชญ์สกุล",
                          "nameEn": "Prachon Pratsakul", "positionTh": "ผู้ว่าราชการจังหวัดลำพูน",
                          "positionEn": "Governor of Lamphun", "agencyId": null}},
                {"cursor": "18", "revision": 18, "occurredAt": "2022-06-06T03:16:41.007Z", "kind": "MEMBERSHIP",
                 "id": "9a1e7d53-2b4c-4e8f-b6a1-7d3c5e9f0b42", "change": "UPDATED",
                 "data": {"id": "9a1e7d53-2b4c-4e8f-b6a1-7d3c5e9f0b42", "seatId": "0b6f3c2e-4a8d-4a57-9d36-1f1d2f0a7c11",
                          "personId": "c3d2e1f0-8b7a-4c6d-9e5f-1a2b3c4d5e6f", "startDate": "2020-10-01",
                          "endDate": "2022-05-31", "endReason": "TRANSFERRED", "basis": null}},
                {"cursor": "18", "revision": 18, "occurredAt": "2022-06-06T03:16:41.007Z", "kind": "SEAT_VACANCY",
                 "id": "0b6f3c2e-4a8d-4a57-9d36-1f1d2f0a7c11", "change": "UPDATED",
                 "data": {"seatId": "0b6f3c2e-4a8d-4a57-9d36-1f1d2f0a7c11", "committeeId": "5e0d9a44-7c1b-4f0e-8a3d-2c6b9e1f4a20",
                          "periods": [
                            {"from": null, "to": "2020-09-30", "status": "VACANT", "reason": "NO_HOLDER_EVER",
                             "membershipId": null, "personId": null},
                            {"from": "2020-10-01", "to": "2022-05-31", "status": "HELD", "reason": null,
                             "membershipId": "9a1e7d53-2b4c-4e8f-b6a1-7d3c5e9f0b42", "personId": "c3d2e1f0-8b7a-4c6d-9e5f-1a2b3c4d5e6f"},
                            {"from": "2022-06-01", "to": null, "status": "VACANT", "reason": "TRANSFERRED",
                             "membershipId": null, "personId": null,
                             "previousHolder": {"personId": "c3d2e1f0-8b7a-4c6d-9e5f-1a2b3c4d5e6f", "honorificTh": "นาย",
                                                "nameTh": "ประจญ ปรัชญ์สกุล", "nameEn": "Prachon Pratsakul",
                                                "positionTh": "ผู้ว่าราชการจังหวัดเชียงใหม่", "positionEn": "Governor of Chiang Mai"},
                             "vacantSince": "2022-06-01",
                             "cause": {"kind": "TRANSFER", "id": "e4a7c1d2-6b3f-4a8e-9c5d-2f1b0a9e8d7c"}}]}},
                {"cursor": "19", "revision": 19, "occurredAt": "2022-06-06T04:02:17.554Z", "kind": "RESOLUTION",
                 "id": "7c4e2a90-1b3d-4f5e-8a6c-9d0e1f2a3b4c", "change": "UPDATED",
                 "data": {"id": "7c4e2a90-1b3d-4f5e-8a6c-9d0e1f2a3b4c", "meetingId": "2d8f6b1a-3c5e-4a7d-9b0f-1e2d3c4b5a69",
                          "number": 3, "kind": "FRAMEWORK_CHANGE",
                          "textTh": "เสนอให้มีการขับเคลื่อนเมืองอัจฉริยะทางด้านการค้าและการลงทุน เพื่อเพิ่มประสิทธิภาพการทำงานให้เป็นประจักษ์มากขึ้น",
                          "textEn": "A new push on trade and investment in the smart-city programme",
                          "followUp": "DONE", "responsibleAgencyId": "3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b",
                          "dueOn": null, "doneOn": "2022-06-06",
                          "noteTh": "เพิ่มด้านการค้าและการลงทุนอัจฉริยะในกรอบการพัฒนาแล้ว",
                          "noteEn": "Smart Trade and Investment added to the framework"}}
              ],
              "next": "19"
            }""";

    private final CommitteeChangeFeed feed;

    ChangeFeedResource(CommitteeChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read the change feed",
            description = "Returns whole revisions after `after`, in the order they were committed: for each, every record "
                    + "it created, updated or deleted, with the record's public state after it (`data`, shaped by `kind`). "
                    + "Start with no `after`, store `next`, and call again with it: no change is ever skipped or repeated, "
                    + "and a write that failed or was rolled back never appears. A page never splits a revision; `limit` "
                    + "counts revisions, so a page can hold more items than `limit`. Within a revision, records come in "
                    + "the order DIMENSION, COMMITTEE, PERSON, SEAT, MEMBERSHIP, SEAT_VACANCY, MEETING, RESOLUTION, ASSIGNMENT, then "
                    + "by id. SEAT_VACANCY is derived: each seat's vacancy periods as committee-service concludes them "
                    + "(the rule behind `/committees/{id}/vacancies`), in the revision of the change that altered them. "
                    + "The first revisions hold every record that existed before the feed did. Public: no token needed, "
                    + "so it carries no personal contact data and does not say who made a change.")
    @APIResponse(responseCode = "200", description = "The next revisions' changes, possibly none, and the cursor to continue from",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeFeedPage.class),
                    examples = @ExampleObject(name = "a new seat, a transfer, a follow-up", summary = "Revision 18 ended a "
                            + "membership and changed a person's post in one transaction, and with them the seat's vacancy "
                            + "periods (each day judged on the post held that day: held until the move, vacant as TRANSFERRED "
                            + "after it); revision 19 recorded that a "
                            + "resolution was carried out", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`after` is not a cursor this feed handed out, or `limit` is out of range")
    public ChangeFeedPage changes(
            @QueryParam("after") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,18}", message = "must be a cursor returned by this feed")
            @Parameter(description = "The `next` of an earlier call (or an item's `cursor`: reading continues after that "
                    + "whole revision); omit to start from the beginning", example = "17")
            String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT)
            @Parameter(description = "At most this many revisions, 1 to " + MAX_LIMIT, example = "100")
            int limit) {
        return feed.after(Long.parseLong(after), limit);
    }
}
