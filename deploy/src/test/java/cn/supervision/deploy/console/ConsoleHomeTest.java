package cn.supervision.deploy.console;

import cn.supervision.deploy.ConsolePlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through the development issuer and each role's home page, against the running platform. */
class ConsoleHomeTest {

    @Test
    void everyPageSaysWhoIsSignedInAndForWhichDepartment() {
        ConsoleSession admin = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-admin");
        ConsoleSession.Page home = admin.get("/").assertOk();
        assertThat(home.html()).contains("住房市场科管理员", "住房市场科 · 部门管理员", "随机抽查覆盖率", "10%底线", "逾期未完成的检查");
    }

    @Test
    void anInspectorSeesTheirInspectionsAndAReviewerTheReviewQueue() {
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "qs-inspector-1").get("/").assertOk().html())
                .contains("质量安全科 · 执法检查人员", "分配给我的检查").doesNotContain("随机抽查覆盖率");
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "re-reviewer").get("/").assertOk().html())
                .contains("房地产科 · 审核人员", "待审核");
    }

    @Test
    void withoutSignInNothingIsShownAndHealthIsOpen() {
        ConsoleSession.Page health = ConsoleSession.anonymous(ConsolePlatform.consoleUrl()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.html()).contains("\"UP\"");
        ConsoleSession.Page page = ConsoleSession.anonymous(ConsolePlatform.consoleUrl()).get("/tasks");
        assertThat(page.html()).contains("选择演示用户登录").doesNotContain("抽查任务");
    }
}
