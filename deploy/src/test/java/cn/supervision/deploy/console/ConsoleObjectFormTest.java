package cn.supervision.deploy.console;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.supervision.deploy.ConsolePlatform;
import cn.supervision.testsupport.Http;
import org.junit.jupiter.api.Test;

import static cn.supervision.deploy.console.DirectoryData.registry;
import static org.assertj.core.api.Assertions.assertThat;

/** 登记 / 变更检查对象 forms: errors beside the field in Chinese, nothing typed lost, the registry's department rules shown on the form. */
class ConsoleObjectFormTest {

    static Map<String, String> form(String uscc, String name, String region) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("uscc", uscc);
        form.put("code", "");
        form.put("type", "ENTERPRISE");
        form.put("name", name);
        form.put("industry", "建筑业");
        form.put("region", region);
        form.put("address", "开封市龙亭区表单路9号");
        form.put("supervisingDepartments", "housing-market");
        form.put("complaintCount", "0");
        form.put("reason", "表单测试登记");
        return form;
    }

    @Test
    void aClerkRegistersAnObjectAndRefusalsComeBackBesideTheFieldWithWhatWasTyped() {
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-staff");
        assertThat(clerk.get("/directory/objects/new").assertOk().html()).contains("登记检查对象", "id=\"object-form\"");

        // incomplete: said by the console, in Chinese, beside the field; the rest stays
        ConsoleSession.Page missing = clerk.post("/directory/objects/new", form(DirectoryData.uscc(), "", "410202"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.html()).contains("id=\"error-name\"", "请填写名称", "value=\"开封市龙亭区表单路9号\"");

        // a wrong check character: the registry's refusal beside the USCC field, everything typed still there
        String wrong = DirectoryData.wrongCheck(DirectoryData.uscc());
        ConsoleSession.Page refused = clerk.post("/directory/objects/new", form(wrong, "开封市表单测试有限公司", "410202"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"error-uscc\"", "该项有误", "value=\"" + wrong + "\"", "value=\"开封市表单测试有限公司\"");
        assertThat(Http.get(registry("/objects/" + wrong)).status()).isEqualTo(404);

        String uscc = DirectoryData.uscc();
        ConsoleSession.Page registered = clerk.post("/directory/objects/new", form(uscc, "开封市表单测试有限公司", "410202"));
        assertThat(registered.uri()).endsWith("/directory/objects/" + uscc);
        assertThat(registered.html()).contains("开封市表单测试有限公司", "表单测试登记", "id=\"change-object\"");
    }

    @Test
    void aClerkChangesAnObjectWithAReasonAndAnotherDepartmentIsRefusedOnTheForm() {
        String uscc = DirectoryData.registerEnterprise(DirectoryData.uscc(), "开封市变更测试有限公司", "建筑业", "410202");
        ConsoleSession clerk = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-staff");
        ConsoleSession.Page edit = clerk.get("/directory/objects/" + uscc + "/edit").assertOk();
        assertThat(edit.html()).contains("变更检查对象", "value=\"开封市变更测试有限公司\"", "value=\"开封市测试路1号\"");

        Map<String, String> change = new LinkedHashMap<>();
        change.put("name", "开封市变更测试有限公司");
        change.put("region", "410202");
        change.put("address", "开封市龙亭区变更后路3号");
        change.put("status", "OPERATING");
        change.put("supervisingDepartments", "housing-market");
        change.put("complaintCount", "0");
        change.put("reason", "");
        ConsoleSession.Page noReason = clerk.post("/directory/objects/" + uscc + "/edit", change);
        assertThat(noReason.html()).contains("id=\"error-reason\"", "请填写变更原因", "value=\"开封市龙亭区变更后路3号\"");

        change.put("reason", "经营场所迁址");
        ConsoleSession.Page changed = clerk.post("/directory/objects/" + uscc + "/edit", change);
        assertThat(changed.uri()).endsWith("/directory/objects/" + uscc);
        assertThat(changed.html()).contains("经营场所迁址", "开封市龙亭区变更后路3号");

        // quality-safety does not supervise it: the registry refuses, the form says so and keeps what was typed
        ConsoleSession other = ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "qs-staff");
        other.get("/directory/objects/" + uscc + "/edit").assertOk();
        change.put("address", "别的部门改的地址");
        ConsoleSession.Page refused = other.post("/directory/objects/" + uscc + "/edit", change);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("无权操作", "value=\"别的部门改的地址\"");
        assertThat(Http.get(registry("/objects/" + uscc)).body()).contains("开封市龙亭区变更后路3号");

        // inspectors do not keep the directory
        assertThat(ConsoleSession.signIn(ConsolePlatform.consoleUrl(), "hm-inspector-1").get("/directory/objects/new").status()).isEqualTo(403);
    }
}
