package smartcity.committee.dimension;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Retirement", description = "Retire a dimension from the framework")
public record Retirement(@Schema(description = "The resolution that retired it") UUID resolutionId) {
}
