package smartcity.reporting.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionCreate", description = "Subscribe a callback URL to events")
public record SubscriptionCreate(
        @Schema(description = "Where events are POSTed: https (http only for hosts the operators allow); hosts that resolve "
                + "to internal addresses are refused", examples = "https://hooks.pea-chiangmai.example/smartcity")
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "The event types wanted: agency.changed, assignment.changed, survey-round.opened, "
                + "survey-round.closed, survey-round.corrected, survey-round.cancelled", examples = "[\"survey-round.opened\", \"survey-round.closed\"]")
        @NotEmpty @Size(max = 6) List<@Size(max = 40) String> events,
        @Schema(examples = "ระบบติดตามโครงการของการไฟฟ้าส่วนภูมิภาค จ.เชียงใหม่ / PEA project tracker")
        @Size(max = 300) String description,
        @Schema(description = "The agency the subscription belongs to. An agency editor may give only its own (the default); "
                + "the secretariat may give any, or none for a secretariat subscription",
                examples = "6f1c2a9e-3b7d-4e4a-9a55-2f0d8c1b7e10")
        UUID agencyId) {
}
