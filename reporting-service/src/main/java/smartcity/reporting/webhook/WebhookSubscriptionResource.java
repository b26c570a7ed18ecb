package smartcity.reporting.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import smartcity.reporting.api.PageRequest;
import smartcity.reporting.api.PageView;
import smartcity.reporting.idempotency.Idempotent;
import smartcity.reporting.security.Roles;

@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed HTTP callbacks for integrating systems: agency changes, responsibility "
        + "assignments, survey rounds opened and closed. Each callback is a POST of {id, type, occurredAt, data} with the "
        + "headers Webhook-Id, Webhook-Timestamp (unix seconds) and Webhook-Signature: v1=<hex HMAC-SHA256 of "
        + "timestamp + \".\" + body, keyed with the subscription's secret>. Receivers must reject timestamps older than "
        + "5 minutes and answer 2xx; anything else is retried (10 s, 30 s, 2 min, 10 min, 1 h, 6 h, 6 h; 8 attempts). An "
        + "attempt ends after 10 s however the answer trickles in (connect within 2 s, headers within 5 s). A subscription "
        + "whose attempts keep failing (by default 20 in a row, or every one for more than 24 h) is SUSPENDED by itself; its owner "
        + "resumes it with POST /webhook-subscriptions/{id}/resumption.")
public class WebhookSubscriptionResource {

    private static final String CREATE_EXAMPLE = """
            {"callbackUrl": "https://hooks.pea-chiangmai.example/smartcity",
             "events": ["survey-round.opened", "survey-round.closed"],
             "description": "ระบบติดตามโครงการของการไฟฟ้าส่วนภูมิภาค จ.เชียงใหม่ / PEA project tracker"}""";

    private static final String CREATED_EXAMPLE = """
            {"id": "0b6f3a52-8c1e-4d57-9a3f-5e2b7c9d1a44", "agencyId": "6f1c2a9e-3b7d-4e4a-9a55-2f0d8c1b7e10",
             "callbackUrl": "https://hooks.pea-chiangmai.example/smartcity",
             "events": ["survey-round.opened", "survey-round.closed"],
             "description": "ระบบติดตามโครงการของการไฟฟ้าส่วนภูมิภาค จ.เชียงใหม่ / PEA project tracker",
             "status": "PENDING", "activeSince": null, "consecutiveFailures": 0, "failingSince": null,
             "suspendedAt": null, "suspensionReason": null, "version": 0,
             "createdAt": "2022-04-01T02:30:00Z", "updatedAt": "2022-04-01T02:30:00Z",
             "createdBy": "editor@pea.example", "updatedBy": "editor@pea.example",
             "secret": "q3Jx0b6H2cVhQ0m3o5mX4h8pLqk1r9yJ2u7Wf0ZtN4E"}""";

    private static final String DELIVERIES_EXAMPLE = """
            {"items": [{"id": "c1d2e3f4-0a1b-4c2d-8e3f-9a0b1c2d3e4f", "eventId": "5e7a9c1b-2d4f-4a6c-8e0b-1c3d5e7f9a2b",
              "eventType": "survey-round.opened", "occurredAt": "2022-04-01T02:30:00Z", "status": "DELIVERED",
              "nextAttemptAt": null, "deliveredAt": "2022-04-01T02:30:12Z",
              "attempts": [{"at": "2022-04-01T02:30:02Z", "statusCode": 500, "error": null, "durationMs": 41},
                           {"at": "2022-04-01T02:30:12Z", "statusCode": 200, "error": null, "durationMs": 38}]}],
             "page": 0, "size": 50, "totalItems": 1, "totalPages": 1}""";

    private final WebhookSubscriptions subscriptions;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to events",
            description = "An agency editor subscribes for its own agency; the secretariat for any agency of the registry "
                    + "or for itself. "
                    + "The subscription starts PENDING and receives nothing until the secretariat approves it. The answer "
                    + "carries the signing secret: the only time it is shown (a retry with the same Idempotency-Key "
                    + "gets the same answer, secret included).",
            extensions = @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true"))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionCreate.class),
            examples = @ExampleObject(name = "Round events for the PEA tracker", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created, PENDING; Location points to it. Keep the secret",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionCreated.class),
                    examples = @ExampleObject(name = "Created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: not https, a port outside 1-65535, a host that "
            + "resolves to an address that is not globally reachable, an unknown event type, an agency the registry does not have, ...")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "An agency editor subscribing for another agency")
    @APIResponse(responseCode = "503", description = "agency-service does not answer, so an agency the local copy of its "
            + "registry does not know cannot be confirmed")
    public RestResponse<SubscriptionCreated> create(@NotNull @Valid SubscriptionCreate request, @Context UriInfo uri) {
        WebhookSubscription subscription = subscriptions.create(request);
        return RestResponse.ResponseBuilder.<SubscriptionCreated>created(
                        uri.getAbsolutePathBuilder().path(subscription.id().toString()).build())
                .entity(SubscriptionCreated.from(subscription))
                .build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Operation(operationId = "listWebhookSubscriptions", summary = "List webhook subscriptions",
            description = "Newest first. The secretariat and admins see all; an agency editor its own agency's. Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token has none of the roles that may read subscriptions")
    public PageView<SubscriptionView> list(@Valid @BeanParam PageRequest page) {
        return subscriptions.list(page);
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Get one webhook subscription", description = "Its owner, the secretariat or an admin. The secret is not shown.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another agency's subscription")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.from(subscriptions.subscription(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Path("/{id}/approval")
    @Operation(operationId = "approveWebhookSubscription", summary = "Approve (or resume) a webhook subscription",
            description = "Secretariat or admin. A PENDING or SUSPENDED subscription becomes ACTIVE and receives the events "
                    + "that occur from now on.")
    @APIResponse(responseCode = "200", description = "Active; the subscription as it is now")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token's roles do not include secretariat or admin")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    @APIResponse(responseCode = "409", description = "The subscription is active already")
    public SubscriptionView approve(@PathParam("id") UUID id) {
        return SubscriptionView.from(subscriptions.approve(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendWebhookSubscription", summary = "Suspend a webhook subscription",
            description = "Its owner, the secretariat or an admin. Events that occur while it is suspended are not sent; "
                    + "deliveries already queued wait until it is resumed. A webhook-subscription.suspended notice is queued "
                    + "for it: it shows in the delivery log, and is sent once the subscription is resumed.")
    @APIResponse(responseCode = "200", description = "Suspended; the subscription as it is now")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another agency's subscription")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    @APIResponse(responseCode = "409", description = "The subscription is not active")
    public SubscriptionView suspend(@PathParam("id") UUID id) {
        return SubscriptionView.from(subscriptions.suspend(id));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}/resumption")
    @Operation(operationId = "resumeWebhookSubscription", summary = "Resume a suspended webhook subscription",
            description = "Its owner, the secretariat or an admin: a SUSPENDED subscription, whether suspended by hand or by "
                    + "itself after repeated failures, becomes ACTIVE again with a fresh failure count. It receives the "
                    + "events that occur from now on, and the deliveries queued before the suspension (among them the "
                    + "webhook-subscription.suspended notice); what occurred while it was suspended is not sent.")
    @APIResponse(responseCode = "200", description = "Active; the subscription as it is now")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another agency's subscription")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    @APIResponse(responseCode = "409", description = "The subscription is not suspended (a pending one needs the secretariat's approval)")
    public SubscriptionView resume(@PathParam("id") UUID id) {
        return SubscriptionView.from(subscriptions.resume(id));
    }

    @DELETE
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a webhook subscription",
            description = "Its owner, the secretariat or an admin. Its deliveries and their log go with it; nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another agency's subscription")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.AGENCY_EDITOR})
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a webhook subscription",
            description = "Its owner, the secretariat or an admin. Newest first, each delivery with every attempt: the "
                    + "receiver's status code, or what went wrong, and how long it took.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(name = "PageViewDeliveryView", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                            properties = {
                                    @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "items",
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = DeliveryView.class),
                                    @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "page", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32"),
                                    @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "size", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32"),
                                    @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "totalItems", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64"),
                                    @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "totalPages", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32")}),
                    examples = @ExampleObject(name = "Delivered on the second attempt", value = DELIVERIES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Paging parameters out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Another agency's subscription")
    @APIResponse(responseCode = "404", description = "No subscription has this id")
    public PageView<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return subscriptions.deliveries(id, page);
    }
}
