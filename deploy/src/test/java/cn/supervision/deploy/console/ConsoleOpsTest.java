package cn.supervision.deploy.console;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 公示与推送: the provincial push backlog and overdue results for administrators and auditors; a refusal for everyone else. */
class ConsoleOpsTest {

    @Test
    void onlyAdministratorsAndAuditorsSeeTheOpsPage() {
        for (String user : new String[] {"hm-staff", "qs-inspector-1", "re-reviewer"}) {
            ConsoleSession.Page refused = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), user).get("/ops");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.html()).contains("拒绝访问").doesNotContain("省级平台推送积压");
        }
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "auditor").get("/ops").assertOk().html()).contains("省级平台推送积压");
    }

    @Test
    void theBacklogShowsWhatWaitsForTheProvinceWithTheLastError() {
        String disclosure = ConsolePlatform.url("DISCLOSURE");
        String faults = disclosure + "/simulator/province/admin/faults";
        assertThat(Http.as("admin").put(faults, "{\"outage\": true}").status()).isBetween(200, 204);
        try {
            // a refusal puts the object on the abnormal-operations list, which is published, which waits for the province
            String objectId = DirectoryData.registerEnterprise(DirectoryData.uscc(), "开封市推送测试有限公司", "建筑业", "410202");
            CreditEvents.refused(objectId, "开封市推送测试有限公司", "CD-OPS-" + UUID.randomUUID().toString().substring(0, 6));
            Http.Response[] last = new Http.Response[1];
            DirectoryData.await("a record of " + objectId + " waiting for the province", () -> {
                last[0] = Http.as("hm-admin").get(disclosure + "/disclosure/push-queue");
                return last[0].body().contains(objectId);
            }, () -> last[0].status() + " " + last[0].body());
            boolean failedBefore = Http.as("hm-admin").get(disclosure + "/disclosure/push-queue").json().findValues("lastError").stream()
                    .anyMatch(e -> !e.isNull());

            ConsoleSession.Page ops = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin").get("/ops").assertOk();
            Matcher count = Pattern.compile("id=\"backlog-count\">(\\d+)<").matcher(ops.html());
            assertThat(count.find()).as(ops.html()).isTrue();
            assertThat(Integer.parseInt(count.group(1))).isGreaterThanOrEqualTo(1);
            if (failedBefore) {
                assertThat(ops.html()).contains("最近一次错误");
            }
            assertThat(ops.html()).contains(objectId, "id=\"backlog-oldest\"", "逾期未公示的结果", "id=\"reconciliation-link\"",
                    "id=\"public-site-link\"");

            ConsoleSession.Page reconciliation = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin").get("/ops/reconciliation");
            assertThat(reconciliation.status()).isEqualTo(200);
            assertThat(reconciliation.html()).contains("与省级平台对账");
        } finally {
            Http.as("admin").delete(faults);
        }
    }
}
