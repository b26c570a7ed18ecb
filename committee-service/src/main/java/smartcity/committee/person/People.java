package smartcity.committee.person;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.MergePatch;
import smartcity.committee.api.ProblemType;

/**
 * Registering people, correcting them, and their posts over time. An affiliation is confirmed with agency-service
 * before anything is written, outside the transaction that locks the person's row.
 */
@ApplicationScoped
public class People {

    private final PersonRepository people;
    private final PersonPostRepository posts;
    private final AgencyDirectory agencies;
    private final MergePatch mergePatch;
    private final Event<PersonChanged> changed;

    People(PersonRepository people, PersonPostRepository posts, AgencyDirectory agencies, MergePatch mergePatch,
            Event<PersonChanged> changed) {
        this.people = people;
        this.posts = posts;
        this.agencies = agencies;
        this.mergePatch = mergePatch;
        this.changed = changed;
    }

    public Person person(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> new PersonNotFound(id));
    }

    /** The person's posts, oldest first. */
    public List<PersonPost> posts(UUID personId) {
        return posts.ofPerson(personId);
    }

    /** Registers a person; the agency is confirmed before the insert's transaction (see AgencyDirectory). */
    public Person register(PersonDetails details, String actor) {
        AgencyDirectory.beforeTheTransaction(() -> {
            if (details.agencyId() != null) {
                agencies.confirm(details.agencyId(), "agencyId");
            }
        });
        return QuarkusTransaction.joiningExisting().call(() -> {
            Person person = Person.register(details, actor);
            people.persist(person);
            if (person.positionTh() != null || person.positionEn() != null || person.agencyId() != null) {
                // the post as registered, held since before the record began
                posts.persist(PersonPost.begin(person.id(), person.positionTh(), person.positionEn(), person.agencyId(),
                        null, null, actor));
            }
            people.flush();
            return person;
        });
    }

    /**
     * A move to a new post from {@code from}, in the caller's transaction with the person's row locked: the post held
     * on that day ends the day before, and the new one runs until the next recorded post begins (a move recorded
     * between two others) or with no end. A post that already begins on that day is a correction to make, not a move.
     */
    public PersonPost move(Person locked, LocalDate from, String positionTh, String positionEn, UUID agencyId,
            String actor) {
        List<PersonPost> held = posts.ofPerson(locked.id());
        for (PersonPost post : held) {
            if (from.equals(post.validFrom())) {
                throw new PostAlreadyBegins(from);
            }
        }
        PersonPostRepository.heldOn(held, from).ifPresent(post -> post.close(from.minusDays(1), actor));
        Optional<PersonPost> next = held.stream().filter(p -> p.validFrom() != null && p.validFrom().isAfter(from))
                .findFirst();
        PersonPost moved = PersonPost.begin(locked.id(), positionTh, positionEn, agencyId, from,
                next.map(p -> p.validFrom().minusDays(1)).orElse(null), actor);
        posts.persist(moved);
        if (next.isEmpty()) {
            locked.showLatestPost(moved, actor);
        }
        posts.flush();
        return moved;
    }

    /**
     * Corrects a person's names, honorific or contact data by merge patch, under the row lock so that the If-Match
     * check and the write see the same version; a stale If-Match changes nothing.
     */
    public Person correct(UUID id, JsonNode patch, String ifMatch, String actor) throws java.io.IOException {
        return correcting(() -> {
            Person person = people.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PersonNotFound(id));
            requireVersion(person.matches(ifMatch), "Person " + id, person.version());
            person.correct(mergePatch.apply(PersonCorrection.of(person), patch, PersonCorrection.class), actor);
            people.flush();
            changed.fire(new PersonChanged(id));
            return person;
        });
    }

    /**
     * Corrects one of a person's posts (its text or agency) by merge patch: the same post said right, not a move. A new
     * agency is confirmed with agency-service before the transaction. The person's judgements are recomputed with it.
     */
    public PersonPost correctPost(UUID personId, UUID postId, JsonNode patch, String ifMatch, String actor) throws java.io.IOException {
        PersonPost read = post(personId, postId);
        requireVersion(read.matches(ifMatch), "Post " + postId, read.version());
        PostCorrection asked = mergePatch.apply(PostCorrection.of(read), patch, PostCorrection.class);
        AgencyDirectory.beforeTheTransaction(() -> {
            if (asked.agencyId() != null && !asked.agencyId().equals(read.agencyId())) {
                agencies.confirm(asked.agencyId(), "agencyId");
            }
        });
        return correcting(() -> {
            Person person = people.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new PersonNotFound(personId));
            PersonPost post = post(personId, postId);
            requireVersion(post.matches(ifMatch), "Post " + postId, post.version());
            PostCorrection corrected = mergePatch.apply(PostCorrection.of(post), patch, PostCorrection.class);
            post.correct(corrected.positionTh(), corrected.positionEn(), corrected.agencyId(), actor);
            List<PersonPost> all = posts.ofPerson(personId);
            if (all.get(all.size() - 1).id().equals(post.id())) {
                person.showLatestPost(post, actor);
            }
            posts.flush();
            changed.fire(new PersonChanged(personId));
            return post;
        });
    }

    public PersonPost post(UUID personId, UUID postId) {
        return posts.findByIdOptional(postId).filter(p -> p.personId().equals(personId))
                .orElseThrow(() -> new PostNotFound(postId));
    }

    private static void requireVersion(boolean matches, String what, long version) {
        if (!matches) {
            throw new ChangedSinceRead(what, version);
        }
    }

    static final class PersonNotFound extends DomainProblem {
        PersonNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No person has the id " + id);
        }
    }

    static final class PostNotFound extends DomainProblem {
        PostNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "This person has no post with the id " + id);
        }
    }

    static final class PostAlreadyBegins extends DomainProblem {
        PostAlreadyBegins(LocalDate from) {
            super(ProblemType.CONFLICT, "A post of this person already begins on " + from
                    + "; to change what it says, correct that post (PATCH /people/{id}/posts/{postId})");
        }
    }

    static final class ChangedSinceRead extends DomainProblem {
        ChangedSinceRead(String what, long version) {
            super(ProblemType.PRECONDITION_FAILED, what + " has changed since you read it: it is at version " + version
                    + ". Read it again and retry.");
        }
    }

    /**
     * The work in {@code QuarkusTransaction.joiningExisting()}, rolled back on any exception; a merge patch's Jackson
     * exception (checked, which the transaction wraps) comes out as itself, so the problem mapping names the field.
     */
    private static <T> T correcting(java.util.concurrent.Callable<T> work) throws java.io.IOException {
        try {
            return QuarkusTransaction.joiningExisting().call(work);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof java.io.IOException unreadable) {
                throw unreadable;
            }
            throw e;
        }
    }
}
