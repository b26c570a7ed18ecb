package smartcity.reporting.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The dashboard's own words, in templates as {@code {dash:…}}. English here, Thai in
 * {@code messages/dash_th.properties} (a test checks that it has every key, since a missing one would quietly fall
 * back to English).
 */
@MessageBundle(value = "dash", locale = "en")
public interface DashboardMessages {

    @Message("Chiang Mai Smart City")
    String title();

    @Message("Provincial dashboard of the smart-city programme")
    String subtitle();

    @Message("Language")
    String language();

    @Message("Survey round")
    String surveyRound();

    @Message("Show")
    String show();

    @Message("Period surveyed")
    String period();

    @Message("Answering window")
    String answering();

    @Message("Data as of")
    String dataAsOf();

    @Message("Planned")
    String statusPlanned();

    @Message("Open for answers")
    String statusOpen();

    @Message("Closed")
    String statusClosed();

    @Message("Cancelled")
    String statusCancelled();

    @Message("No survey round has opened yet.")
    String noRound();

    @Message("The figures appear once this round opens.")
    String roundNotOpen();

    @Message("This round was cancelled before it opened: it has no figures.")
    String roundCancelled();

    @Message("Not available yet")
    String notAvailable();

    // participation
    @Message("Participation")
    String participation();

    @Message("Agencies surveyed")
    String surveyed();

    @Message("Responded")
    String responded();

    @Message("Run smart-city projects")
    String running();

    @Message("Run none")
    String none();

    @Message("Not responded")
    String notResponded();

    @Message("agencies")
    String agencies();

    @Message("rounded: {percent}%")
    String rounded(int percent);

    @Message("Smart-city projects among the agencies surveyed")
    String chartTitle();

    @Message("By agency type")
    String byType();

    @Message("Local administrative organisations by kind")
    String byLocalKind();

    @Message("By district")
    String byDistrict();

    @Message("Agency type")
    String columnType();

    @Message("Kind")
    String columnKind();

    @Message("District")
    String columnDistrict();

    @Message("Surveyed")
    String columnSurveyed();

    @Message("Responded")
    String columnResponded();

    @Message("Projects")
    String columnRunning();

    @Message("None")
    String columnNone();

    @Message("No answer")
    String columnNotResponded();

    // responsibility matrix
    @Message("Responsibility for each dimension")
    String matrix();

    @Message("Dimension")
    String dimension();

    @Message("Lead agency")
    String lead();

    @Message("Supporting agencies")
    String supporting();

    @Message("No lead agency")
    String noLead();

    @Message("dissolved or merged")
    String flagged();

    // committee vacancies
    @Message("Committee vacancies")
    String vacancies();

    @Message("{filled} of {seats} seats filled")
    String seatsFilled(int filled, int seats);

    @Message("No seat is vacant.")
    String noVacancy();

    @Message("Seat")
    String seat();

    @Message("Reason")
    String reason();

    @Message("Last holder")
    String lastHolder();

    @Message("Nobody holds the seat")
    String reason_NO_HOLDER();

    @Message("The holder has left the position")
    String reason_POSITION_NO_LONGER_HELD();

    @Message("The agency was dissolved or merged")
    String reason_AGENCY_NO_LONGER_ACTIVE();
}
