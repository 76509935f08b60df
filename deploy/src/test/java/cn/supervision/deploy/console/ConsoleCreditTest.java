package cn.supervision.deploy.console;

import java.util.UUID;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 信用与整改 pages: an object's credit file fed by real inspection events, the lists, open rectification orders, follow-up tasks. */
class ConsoleCreditTest {

    static String objectId;
    static String violationId;
    static final String NAME = "开封市信用测试建筑有限公司";

    @BeforeAll
    static void aRefusalAndARectificationOrderReachCredit() {
        objectId = DirectoryData.registerEnterprise(DirectoryData.uscc(), NAME, "建筑业", "410202");
        String taskId = "CD-T-" + UUID.randomUUID().toString().substring(0, 6);
        CreditEvents.refused(objectId, NAME, taskId);
        violationId = CreditEvents.rectificationOrder(objectId, NAME, taskId);
        String file = ConsolePlatform.url("CREDIT") + "/credit-files/" + objectId;
        DirectoryData.await("credit file with the refusal and the order", () -> {
            Http.Response r = Http.as("hm-staff").get(file);
            return r.status() == 200 && r.body().contains("ABNORMAL_OPERATIONS") && r.body().contains(violationId);
        });
    }

    static ConsoleSession clerk() {
        return ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-staff");
    }

    @Test
    void anObjectsCreditFileShowsItsEntriesListsRiskAndOrders() {
        String page = clerk().get("/credit/files/" + objectId).assertOk().html();
        assertThat(page).contains(NAME + " · 信用档案", "拒绝、阻碍检查", "负责人拒绝检查人员进入经营场所", "违法违规行为", "责令改正",
                "经营异常名录", "风险等级依据", "名单记录", CreditEvents.TODAY.minusDays(10).toString());
        assertThat(page).contains("href=\"/directory/objects/" + objectId + "\"");
        // and the directory's page links back
        assertThat(clerk().get("/directory/objects/" + objectId).assertOk().html()).contains("href=\"/credit/files/" + objectId + "\"");
    }

    @Test
    void theOverviewShowsTheListsOpenOrdersWithDeadlinesAndFollowUpTasks() {
        ConsoleSession clerk = clerk();
        String overview = clerk.get("/credit").assertOk().html();
        assertThat(overview).contains("信用名单", "经营异常名录", "严重违法失信名单", "责令整改与复查", "后续监管任务");
        assertThat(overview).containsPattern("(?s)id=\"list-ABNORMAL_OPERATIONS\".*data-key=\"" + objectId + "\"");
        assertThat(overview).containsPattern("(?s)id=\"follow-up-list\".*data-key=\"" + objectId + "\".*" + CreditEvents.TODAY.minusDays(10));
        String closed = clerk.get("/credit?status=CLOSED").assertOk().html();
        assertThat(closed.substring(closed.indexOf("id=\"follow-ups\""), closed.indexOf("id=\"follow-up-tasks\"")))
                .contains("selected=\"selected\">已完结").doesNotContain("data-key=\"" + objectId + "\"");

        // the order's deadline passed: credit asked for a re-inspection, sampling made it a follow-up task
        String followUpTask = "FU-" + violationId.replace('/', '-');
        DirectoryData.await("follow-up task " + followUpTask + " on the credit page",
                () -> clerk.get("/credit").html().contains("data-key=\"" + followUpTask + "\""));
    }

    @Test
    void lookingUpAnObjectOpensItsFileAndAnUnknownOneSaysSo() {
        ConsoleSession clerk = clerk();
        ConsoleSession.Page found = clerk.get("/credit?objectId=" + objectId);
        assertThat(found.uri()).endsWith("/credit/files/" + objectId);
        assertThat(found.html()).contains(NAME);
        assertThat(clerk.get("/credit/files/NO-RECORD-1").assertOk().html()).contains("暂无信用记录");
        assertThat(clerk.get("/credit?objectId=").assertOk().html()).contains("id=\"error-objectId\"");
        assertThat(clerk.get("/credit?status=SOMETIMES").assertOk().html()).contains("id=\"error-status\"", "该项有误");
    }
}
