package cn.supervision.sampling.tasks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.supervision.draw.VerifierCli;
import cn.supervision.sampling.SamplingIntegrationTest;
import cn.supervision.testsupport.Contracts;
import cn.supervision.testsupport.Eventually;
import cn.supervision.testsupport.Http;
import cn.supervision.testsupport.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import static cn.supervision.sampling.Events.WAIT;
import static cn.supervision.sampling.Events.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The "done when": a joint task of two departments under a plan, with the seed's exclusions and recusals,
 * frozen, drawn with witness entropy, the transcript verified by the stand-alone verifier, an enterprise checking its
 * own fate on the public endpoint, a re-draw through a new freeze, and the draw log verified (and caught when altered).
 */
@SamplingIntegrationTest
class JointDrawScenarioTest {

    static final String TYPE = "JT_ENT";
    static final List<String> DEPARTMENTS = List.of("jt-housing", "jt-safety");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String obj(int i) {
        return uscc("JT", i);
    }

    void directory() {
        cn.supervision.sampling.Events.checkItem("JT-JZ", "jt-housing", TYPE, "ACTIVE");
        cn.supervision.sampling.Events.checkItem("JT-ZA", "jt-safety", TYPE, "ACTIVE");
        for (int i = 0; i < 20; i++) {
            cn.supervision.sampling.Events.object(obj(i), obj(i), TYPE, i == 19 ? "CLOSED" : "OPERATING", i < 4 ? "D" : "B", DEPARTMENTS,
                    i == 5 ? new String[] {"SERIOUS_VIOLATION"} : new String[0]);
        }
        LocalDate today = LocalDate.now();
        List<String> quals = List.of(TYPE);
        cn.supervision.sampling.Events.inspector("JT-H1", "jt-housing", quals, "ACTIVE", "[]", List.of(obj(0)));
        cn.supervision.sampling.Events.inspector("JT-H2", "jt-housing", quals, "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("JT-H3", "jt-housing", quals, "ON_LEAVE",
                "[{\"from\": \"%s\", \"to\": \"%s\", \"status\": \"ON_LEAVE\"}]".formatted(today.minusDays(1), today.plusDays(5)), List.of());
        cn.supervision.sampling.Events.inspector("JT-S1", "jt-safety", quals, "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("JT-S2", "jt-safety", quals, "ACTIVE", "[]", List.of());
        cn.supervision.sampling.Events.inspector("JT-S3", "jt-safety", List.of("CONSTRUCTION_PROJECT"), "ACTIVE", "[]", List.of());
        // object 7 was inspected twice at random this year (one event redelivered), object 8 once at random and once as a follow-up
        String again = UUID.randomUUID().toString();
        cn.supervision.sampling.Events.inspectionCompleted(again, "JT-OLD-1/" + obj(7), "JT-OLD-1", obj(7), "RANDOM", DEPARTMENTS);
        cn.supervision.sampling.Events.inspectionCompleted(UUID.randomUUID().toString(), "JT-OLD-1/" + obj(7), "JT-OLD-1", obj(7), "RANDOM", DEPARTMENTS);
        cn.supervision.sampling.Events.inspectionCompleted(UUID.randomUUID().toString(), "JT-OLD-2/" + obj(7), "JT-OLD-2", obj(7), "RANDOM", DEPARTMENTS);
        cn.supervision.sampling.Events.inspectionCompleted(UUID.randomUUID().toString(), "JT-OLD-2/" + obj(8), "JT-OLD-2", obj(8), "RANDOM", DEPARTMENTS);
        cn.supervision.sampling.Events.inspectionCompleted(UUID.randomUUID().toString(), "FU-X/" + obj(8), "FU-X", obj(8), "FOLLOW_UP", DEPARTMENTS);
        cn.supervision.sampling.Events.awaitAll("directory in the read model", i -> url("/population/objects/" + obj(i)), 20);
        for (String id : List.of("JT-H1", "JT-H2", "JT-H3", "JT-S1", "JT-S2", "JT-S3")) {
            Eventually.get(id, WAIT, () -> Http.get(url("/population/inspectors/" + id)).status() == 200 ? true : null);
        }
    }

    String task(String taskId, String extra, String teams) {
        return """
                {"taskId": "%s", "name": "龙亭区联合抽查", "initiatingDepartment": "jt-housing", "objectTypes": ["%s"], %s
                 "checkItems": [{"department": "jt-housing", "code": "JT-JZ"}, {"department": "jt-safety", "code": "JT-ZA"}],
                 "teams": %s, "entropySource": "numbers read out by two witnesses", "dueDate": "%s"}"""
                .formatted(taskId, TYPE, extra, teams, LocalDate.now().plusMonths(2));
    }

    @Test
    void jointTaskIsFrozenDrawnVerifiedAndCheckedByAnEnterpriseAndTheDrawLogHolds() throws Exception {
        directory();

        // a plan: N = 2 random inspections a year, 10 % target; a bad plan is refused field by field
        Http.Response badPlan = Http.post(url("/plans"), """
                {"planId": "JT-BAD", "year": %d, "initiatingDepartment": "jt-housing", "checkItems": [{"department": "jt-housing", "code": "JT-JZ"}],
                 "objectTypes": ["%s"], "strata": [{"name": "x", "condition": {"attribute": "colour", "in": ["red"]}, "ratioBp": 20000}],
                 "plannedBatches": 0, "targetCoverageBp": 1000}""".formatted(LocalDate.now().getYear(), TYPE));
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.json().get("errors").findValuesAsString("field"))
                .contains("strata[0].ratioBp", "strata[0].condition.attribute", "plannedBatches");
        assertThat(Http.post(url("/plans"), """
                {"planId": "JT-PLAN", "year": %d, "initiatingDepartment": "jt-housing", "participatingDepartments": ["jt-safety"],
                 "checkItems": [{"department": "jt-housing", "code": "JT-JZ"}, {"department": "jt-safety", "code": "JT-ZA"}],
                 "objectTypes": ["%s"], "plannedBatches": 2, "targetCoverageBp": 1000, "maxRandomInspectionsPerYear": 2}"""
                .formatted(LocalDate.now().getYear(), TYPE)).status()).isEqualTo(201);
        JsonNode plan = Http.get(url("/plans/JT-PLAN")).json();
        assertThat(plan.get("joint").asBoolean()).isTrue();
        assertThat(plan.get("plan").get("maxRandomInspectionsPerYear").asInt()).isEqualTo(2);

        // a targeted task (定向) first: it draws the listed enterprise, which then waits for its visit
        assertThat(Http.post(url("/tasks"), task("JT-PRE", "\"filters\": {\"tags\": [\"SERIOUS_VIOLATION\"]}, \"strata\": [{\"name\": \"all\", \"ratioBp\": 10000}],",
                "[{\"department\": \"jt-housing\", \"count\": 2}]").replace(", {\"department\": \"jt-safety\", \"code\": \"JT-ZA\"}", "")).status())
                .isEqualTo(201);
        JsonNode pre = Http.post(url("/tasks/JT-PRE/freeze"), "{}").json();
        assertThat(pre.get("targeted").asBoolean()).isTrue();
        assertThat(pre.get("freeze").get("exclusions").get("NOT_IN_TARGET").asInt()).isEqualTo(18);
        assertThat(Http.post(url("/tasks/JT-PRE/draw"), "{\"publicEntropy\": \"11 22 33\"}").status()).isEqualTo(200);

        // the joint task takes its strata from the defaults (credit risk and tags) and N from the plan
        Http.Response created = Http.post(url("/tasks"), task("JT-2026", "\"planId\": \"JT-PLAN\",",
                "[{\"department\": \"jt-housing\", \"count\": 1}, {\"department\": \"jt-safety\", \"count\": 1}]"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("strata").findValuesAsString("name")).contains("risk-D", "risk-B", "serious-violation");
        JsonNode frozen = Http.post(url("/tasks/JT-2026/freeze"), "{}").json();
        JsonNode exclusions = frozen.get("freeze").get("exclusions");
        assertThat(exclusions.get("NOT_OPERATING").asInt()).isEqualTo(1);
        assertThat(exclusions.get("INSPECTED_ENOUGH_THIS_YEAR").asInt()).as("object 7, inspected twice; object 8 only once at random").isEqualTo(1);
        assertThat(exclusions.get("OPEN_IN_ANOTHER_TASK").asInt()).as("object 5, drawn by JT-PRE for JT-JZ").isEqualTo(1);
        assertThat(frozen.get("eligibleObjects").asInt()).isEqualTo(17);
        assertThat(frozen.get("rosterSize").asInt()).isEqualTo(4);
        assertThat(frozen.get("rosterLeftOut").get("NOT_ACTIVE_ON_DRAW_DATE").asInt()).isEqualTo(1);
        assertThat(frozen.get("rosterLeftOut").get("NOT_QUALIFIED").asInt()).isEqualTo(1);
        assertThat(frozen.get("recusals").get("CONFLICT_OF_INTEREST").asInt()).isEqualTo(1);
        assertThat(frozen.get("maxRandomInspectionsPerYear").asInt()).isEqualTo(2);
        assertThat(Http.get(url("/tasks/JT-2026/exclusions")).json().get(obj(19)).asString()).isEqualTo("NOT_OPERATING");

        JsonNode drawn = Http.post(url("/tasks/JT-2026/draw"), "{\"publicEntropy\": \"07 19 33 41 02\"}").json();
        assertThat(drawn.get("state").asString()).isEqualTo("DRAWN");
        String transcript = Http.get(url("/tasks/JT-2026/transcript")).body();
        assertThat(verifyWithTheJar(transcript)).isEqualTo("VALID");
        JsonNode selected = Http.parse(transcript).get("result").get("selected");
        assertThat(selected.size()).as("risk-D: 4 at 30 %% → 2; risk-B: 13 at 5 %% → 1").isEqualTo(3);
        assertThat(Http.parse(transcript).get("recusals").size()).isEqualTo(1);

        // every drawn enterprise checks its own fate from published values; so do one not drawn and one excluded
        Set<String> drawnIds = new HashSet<>();
        for (JsonNode pick : selected) {
            String id = pick.get("objectId").asString();
            drawnIds.add(id);
            JsonNode verdict = Http.get(url("/public/tasks/JT-2026/was-i-drawn?uscc=" + id)).json();
            assertThat(verdict.get("verdict").asString()).isEqualTo("DRAWN");
            assertThat(verdict.get("rank").asString()).isEqualTo(pick.get("rank").asString());
            assertThat(verdict.get("stratum").asString()).isEqualTo(pick.get("stratum").asString());
            assertThat(verdict.get("rank").asString().compareTo(verdict.get("threshold").asString())).isLessThanOrEqualTo(0);
        }
        String notDrawn = java.util.stream.IntStream.range(0, 19).mapToObj(this::obj)
                .filter(id -> !drawnIds.contains(id) && !id.equals(obj(5)) && !id.equals(obj(7))).findFirst().orElseThrow();
        JsonNode no = Http.get(url("/public/tasks/JT-2026/was-i-drawn?uscc=" + notDrawn)).json();
        assertThat(no.get("verdict").asString()).isEqualTo("NOT_DRAWN");
        assertThat(no.get("rank").asString().compareTo(no.get("threshold").asString())).isGreaterThan(0);
        assertThat(Http.get(url("/public/tasks/JT-2026/was-i-drawn?uscc=" + obj(19))).json().get("exclusion").asString()).isEqualTo("NOT_OPERATING");
        Http.Response badUscc = Http.get(url("/public/tasks/JT-2026/was-i-drawn?uscc=12,3"));
        assertThat(badUscc.status()).isEqualTo(400);
        assertThat(badUscc.json().get("errors").get(0).get("field").asString()).isEqualTo("uscc");

        // the public record: commitment, secret, thresholds, exclusion counts — never the roster
        JsonNode record = Http.get(url("/public/tasks/JT-2026/draw")).json();
        assertThat(record.get("draw").get("drawn").size()).isEqualTo(3);
        assertThat(record.get("freeze").get("exclusions").get("NOT_OPERATING").asInt()).isEqualTo(1);
        assertThat(record.get("draw").get("strata").findValuesAsString("threshold").stream().filter(t -> !t.isEmpty())).hasSize(2);
        assertThat(record.toString()).doesNotContain("JT-H2").doesNotContain("JT-S1");

        // one SampleDrawn per drawn object, each with one inspector of each department
        Map<String, JsonNode> events = new HashMap<>();
        for (String id : drawnIds) {
            TopicReader.Record r = TopicReader.readUntil("sampling.draws", x -> id.equals(x.key()) && x.body().contains("\"JT-2026\""), WAIT)
                    .stream().filter(x -> id.equals(x.key()) && x.body().contains("\"JT-2026\"")).findFirst().orElseThrow();
            assertThat(Contracts.violations("sampling.SampleDrawn.v1", r.body())).isEmpty();
            events.put(id, Http.parse(r.body()));
        }
        events.values().forEach(e -> assertThat(e.get("inspectors").findValuesAsString("department")).containsExactlyInAnyOrderElementsOf(DEPARTMENTS));

        // a re-draw only through a new freeze with a reason; the abandoned draw stays in the log
        assertThat(Http.post(url("/tasks/JT-2026/draw"), "{\"publicEntropy\": \"again\"}").status()).isEqualTo(409);
        assertThat(Http.post(url("/tasks/JT-2026/freeze"), "{}").status()).isEqualTo(409);
        assertThat(Http.post(url("/tasks/JT-2026/freeze"), "{\"reason\": \"监督员未到场，重新摇号\"}").json().get("freeze").get("freezeNumber").asInt())
                .isEqualTo(2);
        assertThat(Http.post(url("/tasks/JT-2026/draw"), "{\"publicEntropy\": \"05 06 07\"}").status()).isEqualTo(200);
        assertThat(verifyWithTheJar(Http.get(url("/tasks/JT-2026/transcript")).body())).isEqualTo("VALID");

        List<String> kinds = new ArrayList<>();
        Http.get(url("/draw-log?taskId=JT-2026")).json().forEach(e -> kinds.add(e.get("kind").asString()));
        assertThat(kinds).containsExactly("TASK_PUBLISHED", "FREEZE", "DRAW", "FREEZE", "DRAW");
        JsonNode chain = Http.get(url("/public/draw-log/verify")).json();
        assertThat(chain.get("valid").asBoolean()).as(chain.toString()).isTrue();

        // altering a past entry (the entropy of the abandoned draw) is detected, and the chain holds again once restored
        Document firstDraw = mongo.findOne(new Query(where("taskId").is("JT-2026").and("kind").is("DRAW")).with(
                org.springframework.data.domain.Sort.by("_id")), Document.class, "draw_log");
        mongo.updateFirst(new Query(where("_id").is(firstDraw.get("_id"))), new Update().set("details.publicEntropy", "99 99 99"), "draw_log");
        JsonNode broken = Http.get(url("/public/draw-log/verify")).json();
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("firstBadEntry").asLong()).isEqualTo(((Number) firstDraw.get("_id")).longValue());
        mongo.updateFirst(new Query(where("_id").is(firstDraw.get("_id"))), new Update().set("details.publicEntropy", "07 19 33 41 02"), "draw_log");
        assertThat(Http.get(url("/public/draw-log/verify")).json().get("valid").asBoolean()).isTrue();

        // coverage of the year: objects 7 and 8 inspected at random (the follow-up of 8 does not count), 19 operating
        JsonNode coverage = Http.get(url("/coverage?department=jt-housing")).json().get(0);
        assertThat(coverage.get("directory").asLong()).isEqualTo(19);
        assertThat(coverage.get("inspectedAtRandom").asLong()).isEqualTo(2);
        assertThat(coverage.get("planTargetBp").asInt()).isEqualTo(1000);
        assertThat(coverage.get("meetsFloor").asBoolean()).isTrue();
        Eventually.get("coverage gauges", WAIT, () -> {
            java.util.List<String> lines = Http.get(url("/actuator/prometheus")).body().lines().filter(l -> l.contains("department=\"jt-housing\"")).toList();
            return lines.stream().anyMatch(l -> l.startsWith("supervision_sampling_coverage_ratio"))
                    && lines.stream().anyMatch(l -> l.startsWith("supervision_sampling_coverage_target_ratio") && l.endsWith(" 0.1")) ? true : null;
        });
    }

    static String verifyWithTheJar(String transcript) throws Exception {
        Path file = Files.createTempFile("transcript", ".json");
        Files.writeString(file, transcript);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerifierCli.run(new String[] {"verify", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        Files.delete(file);
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
