package smartcity.committee.dimension;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Retirement", description = "Retire a dimension from the framework")
public record Retirement(@Schema(description = "The resolution that retired it", examples = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b") UUID resolutionId) {
}
