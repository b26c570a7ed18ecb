package smartcity.committee.roster;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import smartcity.committee.api.ProblemType;
import smartcity.committee.api.DomainProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.committee.api.MergePatch;
import smartcity.committee.api.PageRequest;
import smartcity.committee.api.PageView;
import smartcity.committee.idempotency.Idempotent;
import smartcity.committee.person.PersonRepository;
import smartcity.committee.roster.RosterViews.CommitteeView;
import smartcity.committee.roster.RosterViews.MandateView;
import smartcity.committee.roster.RosterViews.MembershipView;
import smartcity.committee.roster.RosterViews.RosterView;
import smartcity.committee.roster.RosterViews.SeatView;
import smartcity.committee.roster.RosterViews.VacancyView;
import smartcity.committee.security.Caller;
import smartcity.committee.security.Roles;

@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Committees, their seats, and who held each seat when")
public class CommitteeResource {
    /** Dates are Thai dates: "today" is today in Bangkok. */
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final String AMENDMENT_EXAMPLE = """
            {"mandateTh": "ขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดเชียงใหม่ ๗ ด้าน และด้านการค้าและการลงทุนอัจฉริยะ",
             "mandateEn": "Drive Chiang Mai's smart-city development in seven areas and in smart trade and investment",
             "effectiveDate": "2022-07-01", "resolutionId": "7c4e2a90-1b3d-4f5e-8a6c-9d0e1f2a3b4c"}""";
    private static final String COMMITTEE_CORRECTION_EXAMPLE = """
            {"nameEn": "Chiang Mai Smart City Development Committee"}""";
    private static final String SEAT_CORRECTION_EXAMPLE = """
            {"titleEn": "Member", "positionEn": "Chiang Mai Provincial Energy Officer"}""";

    private final Committees committees;
    private final CommitteeRepository repository;
    private final PersonRepository people;
    private final Caller caller;

    CommitteeResource(Committees committees, CommitteeRepository repository, PersonRepository people, Caller caller) {
        this.committees = committees;
        this.repository = repository;
        this.people = people;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommittees", summary = "List committees")
    public PageView<CommitteeView> list(@Valid @BeanParam PageRequest page) {
        return PageView.of(repository.findAll(io.quarkus.panache.common.Sort.by("nameTh").and("id")), page, CommitteeView::from);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "getCommittee", summary = "Get one committee", description = "With the mandate in force on "
            + "`asOf` (today when absent): `mandateTh` and `mandateEn`, and `mandate` with its effective date and the "
            + "resolution that decided it.")
    @APIResponse(responseCode = "404", description = "No committee has this id")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "200", description = "The committee; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<CommitteeView> get(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent", example = "2022-06-30")
            LocalDate asOf) {
        return tagged(committees.committee(id), asOf);
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctCommittee", summary = "Correct a committee",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of the code, names, level or founding "
                    + "order. The mandate is not corrected here but amended from a date (`POST /committees/{id}/mandates`). "
                    + "A server-owned or unknown field is a 400. Send the ETag you read as If-Match: a stale one is a 412 "
                    + "and changes nothing. One revision in `/history/committees/{id}`, and a COMMITTEE change in the feed.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = CommitteeCorrection.Patch.class),
            examples = @ExampleObject(name = "English name", value = COMMITTEE_CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected committee, with its new version (also the ETag)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a field that is not correctable, or a rule broken; nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No committee has this id")
    @APIResponse(responseCode = "409", description = "The new code is another committee's")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version; nothing was changed")
    public RestResponse<CommitteeView> correct(@PathParam("id") UUID id, @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET, e.g. \"3\"") String ifMatch) throws java.io.IOException {
        return tagged(committees.correct(id, patch, ifMatch, caller.name()), null);
    }

    @GET
    @PermitAll
    @Path("/{id}/mandates")
    @Operation(operationId = "listCommitteeMandates", summary = "The committee's mandates over time",
            description = "The mandate it was established with (no effective date) first, then each amendment by date.")
    @APIResponse(responseCode = "200", description = "Every mandate, oldest first")
    @APIResponse(responseCode = "404", description = "No committee has this id")
    public List<MandateView> mandates(@PathParam("id") UUID id) {
        return committees.mandates(id).stream().map(MandateView::of).toList();
    }

    @GET
    @PermitAll
    @Path("/{id}/mandates/{mandateId}")
    @Operation(operationId = "getCommitteeMandate", summary = "One of the committee's mandates")
    @APIResponse(responseCode = "200", description = "The mandate")
    @APIResponse(responseCode = "404", description = "No committee has this id, or it has no such mandate")
    public MandateView mandate(@PathParam("id") UUID id, @PathParam("mandateId") UUID mandateId) {
        return committees.mandates(id).stream().filter(m -> m.id().equals(mandateId)).findFirst().map(MandateView::of)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND,
                        "Committee " + id + " has no mandate with the id " + mandateId) { });
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/mandates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "amendCommitteeMandate", summary = "Amend the committee's mandate from a date",
            description = "Secretariat or admin. The committee's duties from `effectiveDate`, as the cited resolution "
                    + "decided; the mandate before that date stays as it was (`GET /committees/{id}?asOf=`). A "
                    + "restructuring can amend the mandate together with its seat changes (its `mandate`).",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MandateAmendment.class),
            examples = @ExampleObject(name = "trade and investment", summary = "The duties the 6 June 2022 meeting decided",
                    value = AMENDMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Amended",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MandateView.class)))
    @APIResponse(responseCode = "400", description = "The body breaks a rule, or names no resolution")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No committee has this id")
    @APIResponse(responseCode = "409", description = "An amendment already takes effect on that date")
    public RestResponse<MandateView> amend(@PathParam("id") UUID id, @NotNull @Valid MandateAmendment amendment,
            @Context UriInfo uri) {
        CommitteeMandate mandate = committees.amendMandate(id, amendment, caller.name());
        return RestResponse.ResponseBuilder.<MandateView>created(uri.getAbsolutePathBuilder().path(mandate.id().toString()).build())
                .entity(MandateView.of(mandate)).build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createCommittee", summary = "Establish a committee", description = "Secretariat or admin.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Established",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CommitteeView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public RestResponse<CommitteeView> create(@NotNull @Valid CommitteeDetails details, @Context UriInfo uri) {
        Committee committee = committees.establish(details, caller.name());
        return RestResponse.ResponseBuilder.<CommitteeView>created(uri.getAbsolutePathBuilder().path(committee.id().toString()).build())
                .entity(CommitteeView.from(committee)).build();
    }

    @GET
    @PermitAll
    @Path("/{id}/seats")
    @Operation(summary = "The committee's seats", description = "In display order.")
    public List<SeatView> seats(@PathParam("id") UUID id) {
        return committees.seats(id).stream().map(SeatView::from).toList();
    }

    @GET
    @PermitAll
    @Path("/{id}/seats/{seatId}")
    @Operation(operationId = "getSeat", summary = "One seat of the committee", description = "Where an added seat's Location points.")
    @APIResponse(responseCode = "200", description = "The seat; its ETag is the version to send in If-Match",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such committee, or it has no seat with this id")
    public RestResponse<SeatView> seat(@PathParam("id") UUID id, @PathParam("seatId") UUID seatId) {
        return tagged(committees.seatOf(id, seatId));
    }

    @PATCH
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/seats/{seatId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctSeat", summary = "Correct a seat",
            description = "Secretariat or admin. A JSON merge patch (RFC 7396) of the titles, the position text (Thai, "
                    + "English; ex-officio seats only) or the display order. Role, basis, agency and lifetime change by "
                    + "restructuring. The seat's holders are judged again against the corrected position. A server-owned "
                    + "or unknown field is a 400; a stale If-Match is a 412 and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = SeatCorrection.Patch.class),
            examples = @ExampleObject(name = "English", value = SEAT_CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected seat, with its new version as the ETag",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, a field that is not correctable, or a rule broken; nothing was changed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not secretariat or admin")
    @APIResponse(responseCode = "404", description = "No such committee, or it has no seat with this id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the seat's current version; nothing was changed")
    public RestResponse<SeatView> correctSeat(@PathParam("id") UUID id, @PathParam("seatId") UUID seatId,
            @NotNull JsonNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The seat's ETag, e.g. \"0\"") String ifMatch) throws java.io.IOException {
        return tagged(committees.correctSeat(id, seatId, patch, ifMatch, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Add a seat", description = "Secretariat or admin. An ex-officio seat names its position; its agency "
            + "is confirmed with agency-service (503 when that cannot be done).",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SeatView.class)))
    @APIResponse(responseCode = "400", description = "The body breaks a rule")
    public RestResponse<SeatView> addSeat(@PathParam("id") UUID id, @NotNull @Valid SeatDetails details, @Context UriInfo uri) {
        Seat seat = committees.addSeat(id, details, caller.name());
        return RestResponse.ResponseBuilder.<SeatView>created(uri.getAbsolutePathBuilder().path(seat.id().toString()).build())
                .entity(SeatView.from(seat)).build();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Seat a person", description = "Secretariat or admin. A seat has at most one holder on any date, "
            + "also when requests arrive together.",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @APIResponse(responseCode = "201", description = "Seated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "400", description = "Unknown seat or person, or dates out of order")
    @APIResponse(responseCode = "409", description = "Someone holds the seat during part of that period, or the seat is ex "
            + "officio and the person's post on startDate does not fit it (the detail names the post it needs) and no "
            + "`reason` was given")
    public RestResponse<MembershipView> seatPerson(@PathParam("id") UUID id, @NotNull @Valid MembershipRequest request,
            @Context UriInfo uri) {
        Membership membership = committees.seatPerson(id, request, caller.name());
        return RestResponse.ResponseBuilder.<MembershipView>created(
                        uri.getAbsolutePathBuilder().path(membership.id().toString()).build())
                .entity(view(membership)).build();
    }

    @GET
    @PermitAll
    @Path("/{id}/memberships/{membershipId}")
    @Operation(operationId = "getMembership", summary = "One membership of the committee",
            description = "Who held which seat, from when to when; where a new membership's Location points.")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "404", description = "No such committee, or it has no membership with this id")
    public MembershipView membership(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId) {
        return view(committees.membership(id, membershipId));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/memberships/{membershipId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endMembership", summary = "End a membership", description = "The last day held and why (transferred, retired, ...).")
    @APIResponse(responseCode = "200", description = "Ended")
    @APIResponse(responseCode = "409", description = "It has ended already")
    public MembershipView end(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @NotNull @Valid MembershipEnd end) {
        return view(committees.endMembership(id, membershipId, end, caller.name()));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/restructurings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restructure the committee", description = "Secretariat or admin. Seats added and abolished, "
            + "memberships ended and people seated, and the mandate amended when `mandate` is given (citing the "
            + "resolution), all from one effective date and all or nothing. With dryRun=true "
            + "nothing is written and the answer shows the roster before and after.")
    @APIResponse(responseCode = "200", description = "The roster on the effective date before and after")
    @APIResponse(responseCode = "400", description = "A reference or a rule is broken; nothing was changed")
    @APIResponse(responseCode = "409", description = "A seat would have two holders, a seat or membership has already "
            + "ended, an ex-officio seat would go to someone whose post does not fit it without a `reason`, or the "
            + "mandate is already amended from that date")
    public RosterViews.RestructuringView restructure(@PathParam("id") UUID id, @NotNull @Valid Restructuring change,
            @QueryParam("dryRun") @jakarta.ws.rs.DefaultValue("false") boolean dryRun) {
        return committees.restructure(id, change, dryRun, caller.name());
    }

    @GET
    @PermitAll
    @Path("/{id}/roster")
    @Operation(summary = "Who sits on the committee on a date", description = "Names and roles only; today when no date is given.")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "200", description = "Every seat on the date, with its holder")
    public RosterView roster(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent", example = "2022-06-06") LocalDate asOf) {
        return committees.roster(id, asOf == null ? LocalDate.now(THAILAND) : asOf);
    }

    @GET
    @PermitAll
    @Path("/{id}/vacancies")
    @Operation(summary = "Seats to fill", description = "Seats nobody holds on the date, and ex-officio seats whose holder's "
            + "post on the date does not fit them. Each says why (`reason`: how the previous membership ended, "
            + "NO_HOLDER_EVER, or the lapse), since when (`vacantSince`), who held it last (`previousHolder`, with the "
            + "post on their last day) and what caused it (`cause`): the same periods the change feed publishes as "
            + "SEAT_VACANCY.")
    public List<VacancyView> vacancies(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "ISO date; today (Thailand) when absent") LocalDate asOf) {
        return committees.vacancies(id, asOf == null ? LocalDate.now(THAILAND) : asOf);
    }

    private RestResponse<CommitteeView> tagged(Committee committee, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(THAILAND) : asOf;
        CommitteeView view = CommitteeView.on(committee, committees.mandateOn(committee.id(), day).orElse(null), day);
        return RestResponse.ResponseBuilder.ok(view).tag(new EntityTag(Long.toString(committee.version()))).build();
    }

    private static RestResponse<SeatView> tagged(Seat seat) {
        return RestResponse.ResponseBuilder.ok(SeatView.from(seat)).tag(new EntityTag(Long.toString(seat.version()))).build();
    }

    private MembershipView view(Membership membership) {
        return MembershipView.of(membership, committees.seat(membership.seatId()).orElse(null),
                people.findByIdOptional(membership.personId()).orElse(null));
    }
}
