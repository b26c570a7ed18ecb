package smartcity.committee.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolutionDetails", description = "Something a meeting resolved")
public record ResolutionDetails(
        @NotNull @Schema(examples = "RESTRUCTURE") Resolution.Kind kind,
        @NotBlank @Size(max = 4000) @Schema(examples = "ให้ปรับโครงสร้างและอำนาจหน้าที่ของคณะกรรมการการพัฒนาเมืองอัจฉริยะของจังหวัดเชียงใหม่") String textTh,
        @Size(max = 4000) @Schema(examples = "To restructure the composition and duties of the committee") String textEn) {
}
