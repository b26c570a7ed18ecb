package smartcity.reporting.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static smartcity.reporting.Tokens.asSecretariat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntPredicate;
import smartcity.reporting.AgencyServiceStandIn;
import smartcity.reporting.CommitteeServiceStandIn;

/**
 * Survey rounds with real figures, made through the public API: the round is planned, opened against agency-service
 * and answered. agency-service is the {@link AgencyServiceStandIn} started for every test of the run; this fixture
 * registers a fresh registry in it (dissolving the earlier one) before each opening.
 *
 * <p>The registry holds 91 agencies like the province's: 30 local administrations of every kind, 35 provincial and 12
 * central government units, 8 state enterprises and 6 educational institutions, spread over the 25 districts.
 */
final class SurveyFixture {

    static final int AGENCIES = 91;

    /** A round as the tests need it: its id, code and the answers given. */
    record Round(String id, String code) {
    }

    private SurveyFixture() {
    }

    /** Agency {@code i} of the registry: its type, local kind (or null) and district. */
    static String type(int i) {
        if (i < 30) {
            return "LOCAL_ADMINISTRATION";
        }
        if (i < 65) {
            return "PROVINCIAL_GOVERNMENT";
        }
        if (i < 77) {
            return "CENTRAL_GOVERNMENT";
        }
        return i < 85 ? "STATE_ENTERPRISE" : "EDUCATIONAL_INSTITUTION";
    }

    static String localKind(int i) {
        if (i >= 30) {
            return null;
        }
        if (i == 0) {
            return "PROVINCIAL_ADMINISTRATIVE_ORGANIZATION";
        }
        if (i == 1) {
            return "CITY_MUNICIPALITY";
        }
        if (i < 5) {
            return "TOWN_MUNICIPALITY";
        }
        return i < 20 ? "SUBDISTRICT_MUNICIPALITY" : "SUBDISTRICT_ADMINISTRATIVE_ORGANIZATION";
    }

    static String district(int i) {
        return Integer.toString(5001 + i % 25);
    }

    /**
     * Plans and opens a round over a fresh registry of {@value #AGENCIES} agencies, then answers for agency {@code i}
     * "runs projects" where {@code yes} holds, "runs none" where {@code no} holds, and nothing otherwise.
     */
    static Round openedAndAnswered(String titleTh, String titleEn, String periodStart, String periodEnd, String opensOn,
            String closesOn, IntPredicate yes, IntPredicate no) {
        Round round = planned(titleTh, titleEn, periodStart, periodEnd, opensOn, closesOn);
        List<String> agencies = open(round);
        for (int i = 0; i < AGENCIES; i++) {
            if (yes.test(i) || no.test(i)) {
                asSecretariat().contentType("application/json").body(Map.of("runsSmartCityProjects", yes.test(i)))
                        .when().put("/survey-rounds/" + round.id() + "/responses/" + agencies.get(i))
                        .then().statusCode(200);
            }
        }
        return round;
    }

    static Round planned(String titleTh, String titleEn, String periodStart, String periodEnd, String opensOn,
            String closesOn) {
        String code = "DASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String id = asSecretariat().contentType("application/json")
                .body(Map.of("code", code, "titleTh", titleTh, "titleEn", titleEn, "periodStart", periodStart,
                        "periodEnd", periodEnd, "opensOn", opensOn, "closesOn", closesOn))
                .when().post("/survey-rounds").then().statusCode(201).extract().path("id");
        return new Round(id, code);
    }

    /** Opens the round over a fresh registry in the agency-service stand-in; the agencies' ids, in registry order. */
    private static List<String> open(Round round) {
        AgencyServiceStandIn.down(false);
        AgencyServiceStandIn.dissolveEveryAgency();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            ids.add(AgencyServiceStandIn.register("DASH-AG-" + i, "หน่วยงานทดสอบ " + i, type(i), localKind(i), district(i))
                    .toString());
        }
        asSecretariat().contentType("application/json").body(Map.of())
                .when().post("/survey-rounds/" + round.id() + "/opening")
                .then().statusCode(200).body("surveyed", equalTo(AGENCIES));
        return ids;
    }

    /** The province's FY2565 survey as reported on 6 June 2022: 19 of 91 run projects, 72 none. */
    static Round fiscalYear2565() {
        return openedAndAnswered("สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565",
                "Smart-city work survey, fiscal year 2022", "2021-10-01", "2022-09-30", "2022-04-01", "2022-05-31",
                i -> i % 5 == 0, i -> i % 5 != 0);
    }

    /** A later round still being answered: 11 run projects, 53 none, 27 have not answered. */
    static Round fiscalYear2566() {
        return openedAndAnswered("สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2566",
                "Smart-city work survey, fiscal year 2023", "2022-10-01", "2023-09-30", "2023-04-03", "2023-06-06",
                i -> i % 9 == 0, i -> i < 60 && i % 9 != 0);
    }

    /**
     * The committee's data as committee-service's feed tells it, read into reporting's copy: a dimension led by the
     * Provincial Land Transport Office, one with no lead, and the dashboard's committee with a chair and an empty seat.
     */
    static void committeeOnFeed() {
        UUID transport = AgencyServiceStandIn.register("DASH-PLTO", "สำนักงานขนส่งจังหวัดเชียงใหม่", "PROVINCIAL_GOVERNMENT",
                null, "5001");
        UUID mobility = CommitteeServiceStandIn.put("DIMENSION", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "code", "DASH_MOBILITY", "nameTh", "ด้านการเดินทางอัจฉริยะ", "nameEn", "Smart Mobility", "displayOrder", 1,
                "active", true));
        CommitteeServiceStandIn.put("DIMENSION", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "code", "DASH_TRADE", "nameTh", "ด้านการค้าและการลงทุน", "nameEn", "Trade and Investment", "displayOrder", 2,
                "active", true));
        CommitteeServiceStandIn.put("ASSIGNMENT", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "dimensionId", mobility, "agencyId", transport, "role", "LEAD", "startDate", "2022-06-06"));
        UUID committee = CommitteeServiceStandIn.put("COMMITTEE", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "code", "DASH-COMMITTEE", "nameTh", "คณะกรรมการเมืองอัจฉริยะ", "nameEn", "Smart City Committee",
                "status", "ACTIVE"));
        UUID chair = CommitteeServiceStandIn.put("SEAT", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "committeeId", committee, "role", "CHAIR", "basis", "APPOINTED", "titleTh", "ประธานกรรมการ",
                "titleEn", "Chair", "displayOrder", 1, "establishedOn", "2020-01-01"));
        UUID privateSector = CommitteeServiceStandIn.put("SEAT", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "committeeId", committee, "role", "MEMBER", "basis", "APPOINTED", "titleTh", "ผู้แทนภาคเอกชน",
                "titleEn", "Private sector representative", "displayOrder", 2, "establishedOn", "2020-01-01"));
        UUID person = CommitteeServiceStandIn.put("PERSON", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "nameTh", "ประธาน ทดสอบ", "positionTh", "ผู้ว่าราชการจังหวัดเชียงใหม่"));
        UUID chairs = CommitteeServiceStandIn.put("MEMBERSHIP", UUID.randomUUID(), CommitteeServiceStandIn.state(
                "seatId", chair, "personId", person, "startDate", "2021-01-01"));
        // committee-service's conclusions about the two seats, as its feed publishes them
        CommitteeServiceStandIn.seatVacancy(chair, committee,
                CommitteeServiceStandIn.period("2020-01-01", "2020-12-31", "VACANT", "NO_HOLDER", null, null),
                CommitteeServiceStandIn.period("2021-01-01", null, "HELD", null, chairs, person));
        CommitteeServiceStandIn.seatVacancy(privateSector, committee,
                CommitteeServiceStandIn.period("2020-01-01", null, "VACANT", "NO_HOLDER", null, null));
        io.quarkus.arc.Arc.container().instance(smartcity.reporting.agency.AgencyFeedFollower.class).get().catchUp();
        io.quarkus.arc.Arc.container().instance(smartcity.reporting.framework.CommitteeFeedFollower.class).get().catchUp();
    }
}
