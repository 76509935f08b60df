package cn.supervision.disclosure.calendar;

import java.time.Duration;

import cn.supervision.disclosure.DisclosureIntegrationTest;
import cn.supervision.disclosure.TestEvents;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static cn.supervision.disclosure.TestEvents.example;
import static cn.supervision.disclosure.TestEvents.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versioned calendar over HTTP: an unknown year is an explicit error and an alarm; an administrator loads it
 * and deadlines left unknown are filled in. Uses 2018 (not bundled) so that other tests keep their calendar.
 */
@DisclosureIntegrationTest
class CalendarTest {

    static final String NOTICE_2018 = """
            {"year": 2018, "papers": ["http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm"],
             "days": [{"name": "元旦", "date": "2018-12-29", "isOffDay": false}, {"name": "元旦", "date": "2018-12-30", "isOffDay": true},
                      {"name": "元旦", "date": "2018-12-31", "isOffDay": true}, {"name": "元旦", "date": "2019-01-01", "isOffDay": true}]}""";

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void anUnknownYearIsAnErrorAndAnAlarmUntilAnAdministratorLoadsItsNotice() {
        JsonNode before = Http.get(url("/public/calendar")).json();
        assertThat(before.get("knownYears").toString()).contains("2019").contains("2026").doesNotContain("2018");
        Http.Response unknown = Http.get(url("/public/calendar/deadline?resultDate=2018-12-20"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("resultDate");
        Http.Response badDate = Http.get(url("/public/calendar/deadline?resultDate=2018-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(Http.get(url("/public/calendar/deadline?resultDate=2023-09-20")).json().get("disclosureDeadline").asString())
                .isEqualTo("2023-10-24");

        String id = unique();
        String objectId = "OBJ-" + id;
        TopicWriter.send("inspection.results", objectId, "inspection.InspectionCompleted.v1", "ev-" + id,
                example("inspection.InspectionCompleted.v1", "T-" + id, objectId, "龙亭区旧年辛建筑有限公司" + id)
                        .replace("\"resultDate\": \"2026-03-23\"", "\"resultDate\": \"2018-12-20\""));
        JsonNode result = TestEvents.awaitGet(url("/public/enterprises/" + objectId), r -> r.status() == 200, Duration.ofSeconds(30)).json()
                .get("results").get(0);
        assertThat(result.get("deadlineUnknown").asBoolean()).isTrue();
        assertThat(Http.get(url("/actuator/prometheus")).body()).contains("supervision_disclosure_calendar_unknown_year_total");

        Http.Response empty = Http.put(url("/disclosure/calendar/years/2018"), "{\"year\": 2018, \"days\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("days");
        Http.Response wrongYear = Http.put(url("/disclosure/calendar/years/2017"), NOTICE_2018);
        assertThat(wrongYear.status()).isEqualTo(400);
        assertThat(wrongYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        Http.Response weekdayMakeUp = Http.put(url("/disclosure/calendar/years/2018"),
                NOTICE_2018.replace("\"2018-12-29\", \"isOffDay\": false", "\"2018-12-28\", \"isOffDay\": false"));
        assertThat(weekdayMakeUp.status()).isEqualTo(400);
        assertThat(weekdayMakeUp.json().get("errors").get(0).get("field").asString()).isEqualTo("days[0].isOffDay");
        Http.Response notJson = Http.put(url("/disclosure/calendar/years/2018"), "{\"year\": 2018, \"days\": [");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(Http.get(url("/public/calendar")).json().get("version").asString()).as("nothing half-written")
                .isEqualTo(before.get("version").asString());

        Http.Response loaded = Http.put(url("/disclosure/calendar/years/2018"), NOTICE_2018);
        assertThat(loaded.status()).isEqualTo(200);
        assertThat(loaded.json().get("knownYears").toString()).contains("2018");
        assertThat(loaded.json().get("loadedYears").toString()).contains("2018");
        assertThat(loaded.json().get("version").asString()).isNotEqualTo(before.get("version").asString());
        // Dec 21, Dec 24-28, make-up Sat Dec 29, Jan 2-4, Jan 7-11, Jan 14-18: the 20th working day is 2019-01-18
        assertThat(Http.get(url("/public/calendar/deadline?resultDate=2018-12-20")).json().get("disclosureDeadline").asString())
                .isEqualTo("2019-01-18");
        JsonNode filled = TestEvents.awaitGet(url("/public/enterprises/" + objectId),
                r -> !r.json().get("results").get(0).get("deadlineUnknown").asBoolean(), Duration.ofSeconds(10)).json().get("results").get(0);
        assertThat(filled.get("disclosureDeadline").asString()).isEqualTo("2019-01-18");
    }
}
