package smartcity.reporting.response;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Opening", description = "Open a survey round: its population is every active agency but those of the excluded types")
public record Opening(
        @Size(max = 20) @Schema(description = "Agency types not surveyed", examples = "[\"PRIVATE_SECTOR\"]")
        Set<String> excludeTypes) {

    public Set<String> excluded() {
        return excludeTypes == null ? Set.of() : excludeTypes;
    }
}
