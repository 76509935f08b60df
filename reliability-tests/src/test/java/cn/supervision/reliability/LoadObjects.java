package cn.supervision.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.supervision.testsupport.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects ready for the load benchmark: registered by the registry's bulk import (批量导入, as a clerk loads a
 * directory), drawn by one joint random task at 100 % (DRAW-1), and with an open inspection record each. Preparing
 * them is not measured: it happens before a rate step starts, and the platform is quiet again before the step.
 */
final class LoadObjects {

    /** Numbers far from those of {@link InspectionFlow} (which counts from 1): no USCC of a test batch is reused. */
    private static int nextNumber = 5_000_000;

    private final ReliabilityPlatform platform;

    LoadObjects(ReliabilityPlatform platform) {
        this.platform = platform;
    }

    /** Registers, draws and opens records for {@code n} new objects of batch {@code batch}; returns the drawn batch. */
    InspectionFlow.Batch prepare(String batch, int n) {
        new InspectionFlow(platform).referenceData();
        List<String> objects = new ArrayList<>(n);
        StringBuilder csv = new StringBuilder("uscc 统一社会信用代码,code 自编代码,name 名称,type 对象类型,industry 行业,region 行政区划代码,"
                + "address 地址,status 经营状态,supervisingDepartments 监管部门,tags 标签,complaintCount 投诉举报次数\n");
        for (int i = 0; i < n; i++) {
            String uscc = InspectionFlow.uscc(nextNumber++);
            objects.add(uscc);
            csv.append(uscc).append(",,开封市龙亭区负载测试第").append(uscc, 10, 18).append("建筑有限公司,ENTERPRISE,").append(industry(batch))
                    .append(",410202,龙亭区,,housing-market;quality-safety,,0\n");
        }
        Http.Response imported = upload(platform.url(Svc.REGISTRY, "/objects/import?apply=true&reason=load-benchmark"),
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).as(imported.body()).isEqualTo(n);
        // sampling's read model (and credit's directory) hold every object before the freeze reads the population
        platform.state().awaitQuiet(Duration.ofMinutes(5));

        String taskId = "LOAD-" + batch;
        InspectionFlow.created(Http.post(platform.url(Svc.SAMPLING, "/tasks"), """
                {"taskId": "%s", "name": "负载测试联合抽查 %s", "initiatingDepartment": "housing-market", "objectTypes": ["ENTERPRISE"],
                 "filters": {"industries": ["%s"]},
                 "checkItems": [{"department": "housing-market", "code": "REL-JZ"}, {"department": "quality-safety", "code": "REL-ZA"}],
                 "strata": [{"name": "all", "ratioBp": 10000}],
                 "teams": [{"department": "housing-market", "count": 1}, {"department": "quality-safety", "count": 1}],
                 "entropySource": "numbers read out by two witnesses", "dueDate": "2026-12-31"}""".formatted(taskId, batch, industry(batch))));
        InspectionFlow.ok(Http.post(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/freeze"), "{}"));
        InspectionFlow.ok(Http.post(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/draw"), "{\"publicEntropy\": \"07 19 33 41 02\"}"));
        JsonNode selected = Http.get(platform.url(Svc.SAMPLING, "/tasks/" + taskId + "/transcript")).json().get("result").get("selected");
        List<InspectionFlow.Drawn> drawn = new ArrayList<>(n);
        for (JsonNode s : selected) {
            String housing = null;
            String safety = null;
            for (JsonNode inspector : s.get("inspectors")) {
                String id = inspector.asString();
                if (id.startsWith("REL-HM-")) {
                    housing = id;
                } else {
                    safety = id;
                }
            }
            drawn.add(new InspectionFlow.Drawn(s.get("objectId").asString(), housing, safety));
        }
        assertThat(drawn).as("every object of batch " + batch + " drawn").hasSize(n);
        // inspection opened a record for every drawn object (and disclosure published the drawn list)
        platform.state().awaitQuiet(Duration.ofMinutes(5));
        InspectionFlow.Drawn last = drawn.get(drawn.size() - 1);
        assertThat(Http.get(platform.url(Svc.INSPECTION, "/inspections/" + taskId + "/" + last.objectId())).status())
                .as("inspection record of the last drawn object").isEqualTo(200);
        return new InspectionFlow.Batch(taskId, objects, drawn);
    }

    /** A batch is told apart by its industry (free text of the directory), so its task draws exactly its objects. */
    private static String industry(String batch) {
        return "建筑业（负载测试 " + batch + "）";
    }

    private static Http.Response upload(String url, byte[] file) {
        String boundary = "----load" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"objects.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.as("admin").send("POST", url, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
