package cn.supervision.console.directory;

import java.util.Map;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import cn.supervision.console.web.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriUtils;

import static cn.supervision.console.api.PlatformApi.path;

/**
 * 登记 / 变更检查对象, for department clerks: the registry decides who may register or change which object (a
 * department's clerks only the objects it supervises) and what is valid; a refusal comes back on the same form,
 * beside the field the registry named, with everything typed still there.
 */
@Controller
class ObjectEditPages {

    private static final Logger log = LoggerFactory.getLogger(ObjectEditPages.class);

    private final PlatformApi api;

    ObjectEditPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping(ObjectPages.LIST + "/new")
    String registerForm(Staff staff, Model model) {
        clerk(staff);
        model.addAttribute("form", ObjectForm.empty(staff.department()));
        return "console/directory/object-form";
    }

    @PostMapping(ObjectPages.LIST + "/new")
    String register(@ModelAttribute("form") ObjectForm form, Staff staff, Model model) {
        clerk(staff);
        Map<String, String> errors = form.check(true);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "console/directory/object-form";
        }
        try {
            Map<String, Object> object = api.post(Service.REGISTRY, "/objects", form.body(true));
            log.info("object {} registered by {} ({})", object.get("key"), staff.id(), staff.department());
            return "redirect:" + ObjectPages.LIST + "/" + segment(object.get("key"));
        } catch (ServiceProblem refused) {
            return refusedForm(refused, model);
        }
    }

    @GetMapping(ObjectPages.LIST + "/{key}/edit")
    String changeForm(@PathVariable String key, Staff staff, Model model) {
        clerk(staff);
        model.addAttribute("key", key);
        model.addAttribute("form", ObjectForm.of(api.get(Service.REGISTRY, path("/objects/{key}", key))));
        return "console/directory/object-form";
    }

    @PostMapping(ObjectPages.LIST + "/{key}/edit")
    String change(@PathVariable String key, @ModelAttribute("form") ObjectForm form, Staff staff, Model model) {
        clerk(staff);
        model.addAttribute("key", key);
        Map<String, String> errors = form.check(false);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "console/directory/object-form";
        }
        try {
            api.put(Service.REGISTRY, path("/objects/{key}", key), form.body(false));
            log.info("object {} changed by {} ({}): {}", key, staff.id(), staff.department(), form.reason());
            return "redirect:" + ObjectPages.LIST + "/" + segment(key);
        } catch (ServiceProblem refused) {
            return refusedForm(refused, model);
        }
    }

    private static String refusedForm(ServiceProblem refused, Model model) {
        if (refused.status() >= 500) {
            throw refused;
        }
        // 400/409/422 name the fields; a 403 names the department field it refused (not a page of someone else's data)
        model.addAttribute("errors", FormErrors.of(refused));
        model.addAttribute("problem", (refused.status() == 403 ? "无权操作：" : "未能保存：") + refused.detail());
        return "console/directory/object-form";
    }

    private static void clerk(Staff staff) {
        if (!staff.isClerk()) {
            throw new Refused("只有部门管理员和工作人员可以登记或变更检查对象。");
        }
    }

    private static String segment(Object key) {
        return UriUtils.encodePathSegment(String.valueOf(key), java.nio.charset.StandardCharsets.UTF_8);
    }
}
