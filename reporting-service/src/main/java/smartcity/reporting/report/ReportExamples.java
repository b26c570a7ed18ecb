package smartcity.reporting.report;

/** Examples for the OpenAPI document: the figures of Chiang Mai's 2022 survey as the province reported them. */
final class ReportExamples {

    private ReportExamples() {
    }

    static final String SHARES_19_72 = "\"running\":{\"count\":19,\"percent\":20.9,\"wholePercent\":21},"
            + "\"none\":{\"count\":72,\"percent\":79.1,\"wholePercent\":79},"
            + "\"notResponded\":{\"count\":0,\"percent\":0.0,\"wholePercent\":0}";

    static final String DATA_AS_OF = "\"dataAsOf\":{\"reporting-service\":\"2022-06-06T03:00:00Z\","
            + "\"agency-service\":\"2022-06-06T02:59:58Z\"},\"warnings\":[]";

    static final String PARTICIPATION = "{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\","
            + "\"roundCode\":\"SMART-CITY-2565\",\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + DATA_AS_OF + ","
            + "\"overall\":{\"group\":\"ALL\",\"label\":\"ทั้งหมด\",\"surveyed\":91,\"responded\":91," + SHARES_19_72 + "},"
            + "\"byType\":[{\"group\":\"LOCAL_ADMINISTRATION\",\"label\":\"องค์กรปกครองส่วนท้องถิ่น\",\"surveyed\":40,"
            + "\"responded\":40,\"running\":{\"count\":3,\"percent\":7.5,\"wholePercent\":8},"
            + "\"none\":{\"count\":37,\"percent\":92.5,\"wholePercent\":92},"
            + "\"notResponded\":{\"count\":0,\"percent\":0.0,\"wholePercent\":0}}],"
            + "\"byLocalKind\":[],\"byDistrict\":[]}";

    static final String PARTICIPATION_CSV = "breakdown,group,label,surveyed,responded,running,running_percent,"
            + "running_whole_percent,none,none_percent,none_whole_percent,not_responded,not_responded_percent,"
            + "not_responded_whole_percent\r\n"
            + "overall,ALL,ทั้งหมด,91,91,19,20.9,21,72,79.1,79,0,0.0,0\r\n";

    static final String TREND = "{" + DATA_AS_OF + ",\"rounds\":[{\"roundId\":\"0b8f5d6e-4a51-4c1e-9d0a-2f1e4b7c9a10\","
            + "\"roundCode\":\"SMART-CITY-2565\",\"titleTh\":\"สำรวจการดำเนินงานเมืองอัจฉริยะ ปีงบประมาณ 2565\","
            + "\"titleEn\":\"Smart-city work survey, fiscal year 2022\",\"periodStart\":\"2021-10-01\","
            + "\"periodEnd\":\"2022-09-30\",\"status\":\"CLOSED\",\"surveyed\":91,\"responded\":91," + SHARES_19_72
            + ",\"projects\":0,\"budgetThb\":0}]}";
}
