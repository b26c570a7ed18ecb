package smartcity.committee.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import smartcity.committee.agency.AgencyDirectory;
import smartcity.committee.api.DomainProblem;
import smartcity.committee.api.ProblemType;

/** Registering and updating people. An affiliation is confirmed with agency-service before anything is written. */
@ApplicationScoped
public class People {

    private final PersonRepository people;
    private final AgencyDirectory agencies;

    People(PersonRepository people, AgencyDirectory agencies) {
        this.people = people;
        this.agencies = agencies;
    }

    public Person person(UUID id) {
        return people.findByIdOptional(id).orElseThrow(() -> new PersonNotFound(id));
    }

    /** Registers a person; the agency is confirmed (outside any transaction, see AgencyDirectory) before the insert. */
    public Person register(PersonDetails details, String actor) {
        if (details.agencyId() != null) {
            agencies.confirm(details.agencyId(), "agencyId");
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Person person = Person.register(details, actor);
            people.persist(person);
            people.flush();
            return person;
        });
    }

    static final class PersonNotFound extends DomainProblem {
        PersonNotFound(UUID id) {
            super(ProblemType.NOT_FOUND, "No person has the id " + id);
        }
    }
}
