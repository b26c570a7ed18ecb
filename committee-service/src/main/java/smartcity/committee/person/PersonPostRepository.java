package smartcity.committee.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonPostRepository implements PanacheRepositoryBase<PersonPost, UUID> {

    /** Oldest first: a post held since before the record began comes first. */
    public static final Comparator<PersonPost> IN_DATE_ORDER = Comparator
            .comparing(PersonPost::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(post -> post.id().toString());

    /** The person's posts, oldest first. */
    public List<PersonPost> ofPerson(UUID personId) {
        return list("personId", personId).stream().sorted(IN_DATE_ORDER).toList();
    }

    /** The posts of each of these people, oldest first; one query. */
    public Map<UUID, List<PersonPost>> ofPeople(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return list("personId in ?1", List.copyOf(personIds)).stream().sorted(IN_DATE_ORDER)
                .collect(Collectors.groupingBy(PersonPost::personId));
    }

    /** The post held on the day among these, if any. */
    public static Optional<PersonPost> heldOn(List<PersonPost> posts, LocalDate day) {
        return posts == null ? Optional.empty() : posts.stream().filter(post -> post.heldOn(day)).findFirst();
    }
}
