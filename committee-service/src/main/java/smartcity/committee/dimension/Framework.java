package smartcity.committee.dimension;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import smartcity.committee.meeting.Meetings;

/** The smart-city framework's use cases: reading it, and extending it with a new dimension. */
@ApplicationScoped
public class Framework {

    private final DimensionRepository dimensions;
    private final Meetings meetings;

    public Framework(DimensionRepository dimensions, Meetings meetings) {
        this.dimensions = dimensions;
        this.meetings = meetings;
    }

    public Dimension dimension(UUID id) {
        return dimensions.findByIdOptional(id).orElseThrow(() -> new DimensionNotFound(id));
    }

    /** The dimensions these resolutions introduced, in display order: one query for a whole list of resolutions. */
    public List<Dimension> introducedBy(Collection<UUID> resolutionIds) {
        return resolutionIds.isEmpty() ? List.of()
                : dimensions.list("introducedByResolutionId in ?1", Sort.by("displayOrder").and("id"), resolutionIds);
    }

    @Transactional
    public Dimension retire(UUID id, Retirement retirement, String actor) {
        Dimension dimension = dimensions.findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DimensionNotFound(id));
        meetings.requireResolution(retirement.resolutionId(), "resolutionId");
        dimension.retire(retirement.resolutionId(), actor);
        dimensions.flush();
        return dimension;
    }

    @Transactional
    public Dimension introduce(DimensionCreate request, String actor) {
        if (dimensions.findByCode(request.code()).isPresent()) {
            throw new DimensionCodeTaken(request.code());
        }
        meetings.requireResolution(request.resolutionId(), "resolutionId");
        int displayOrder = request.displayOrder() != null ? request.displayOrder() : dimensions.nextDisplayOrder();
        Dimension dimension = Dimension.introduce(request.code(), request.nameTh().strip(), request.nameEn().strip(),
                request.descriptionTh(), request.descriptionEn(), displayOrder, request.resolutionId(), actor);
        dimensions.persistAndFlush(dimension);
        return dimension;
    }
}
