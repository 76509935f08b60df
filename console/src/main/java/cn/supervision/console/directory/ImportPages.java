package cn.supervision.console.directory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.supervision.console.api.PlatformApi;
import cn.supervision.console.api.Service;
import cn.supervision.console.api.ServiceProblem;
import cn.supervision.console.signin.Staff;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量导入 (Excel or CSV), as a clerk works: download the template, upload the filled file, read the registry's dry
 * run row by row (every bad row and column, or what would be added, changed, left unchanged), and only then press
 * "确认导入", which sends the same file with {@code apply=true}. Nothing is changed before that press, and a file
 * with any bad row is never applied (the registry refuses it whole).
 */
@Controller
class ImportPages {

    private static final Logger log = LoggerFactory.getLogger(ImportPages.class);
    /** The registry names a bad cell {@code row 12, uscc} (or {@code row 12} for the whole row). */
    private static final Pattern ROW = Pattern.compile("row (\\d+)(?:, (.+))?");

    /** One line of the dry-run report: the spreadsheet's row number (1 = header), its column, what is wrong. */
    record RowProblem(Integer row, String column, String message) {
    }

    private final PlatformApi api;

    ImportPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/directory/import/{directory}")
    String form(@PathVariable String directory, Model model) {
        model.addAttribute("directory", directory(directory));
        return "console/directory/import";
    }

    /** 下载模板: the registry's template, fetched as the person. */
    @GetMapping("/directory/import/{directory}/template")
    ResponseEntity<byte[]> template(@PathVariable String directory, @RequestParam(defaultValue = "xlsx") String format) {
        Directory d = directory(directory);
        return Downloads.passOn(api.download(Service.REGISTRY, PlatformApi.query(d.registryPath + "/import-template",
                Map.of("format", "csv".equals(format) ? "csv" : "xlsx"))));
    }

    /** Upload = dry run. The file is kept in the session for the apply button. */
    @PostMapping("/directory/import/{directory}")
    String dryRun(@PathVariable String directory, @RequestParam(value = "file", required = false) MultipartFile file, Staff staff,
            HttpSession session, Model model) throws IOException {
        Directory d = directory(directory);
        model.addAttribute("directory", d);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", Map.of("file", "请选择要导入的文件（Excel .xlsx 或 CSV）"));
            return "console/directory/import";
        }
        PendingImport pending = PendingImport.of(d, file.getOriginalFilename(), file.getBytes(), Instant.now());
        session.setAttribute(PendingImport.sessionKey(d), pending);
        log.info("import dry run of {} by {}: file {} ({} bytes, sha256 {})", d.segment, staff.id(), pending.filename(), pending.size(),
                pending.sha256());
        model.addAttribute("pending", pending);
        try {
            model.addAttribute("report", send(d, pending, false, null));
        } catch (ServiceProblem refused) {
            session.removeAttribute(PendingImport.sessionKey(d));
            showRefusal(refused, model);
        }
        return "console/directory/import";
    }

    /** 确认导入: the file of the dry run, applied whole (or refused whole). */
    @PostMapping("/directory/import/{directory}/apply")
    String apply(@PathVariable String directory, @RequestParam(required = false) String importId, @RequestParam(required = false) String reason,
            Staff staff, HttpSession session, Model model, RedirectAttributes redirect) {
        Directory d = directory(directory);
        model.addAttribute("directory", d);
        PendingImport pending = (PendingImport) session.getAttribute(PendingImport.sessionKey(d));
        if (pending == null || !pending.id().equals(importId)) {
            // the session ended, or another file was uploaded in another tab since: apply nothing that was not checked
            model.addAttribute("errors", Map.of("file", "要导入的文件已失效（会话已过期或已上传其他文件），请重新上传并查看检查结果"));
            return "console/directory/import";
        }
        try {
            Map<String, Object> report = send(d, pending, true, reason);
            session.removeAttribute(PendingImport.sessionKey(d));
            log.info("import applied to {} by {}: file {} sha256 {}, added {}, changed {}, unchanged {}, reason {}", d.segment, staff.id(),
                    pending.filename(), pending.sha256(), report.get("added"), report.get("changed"), report.get("unchanged"), reason);
            redirect.addFlashAttribute("applied", report);
            redirect.addFlashAttribute("appliedFile", pending.filename());
            return "redirect:/directory/import/" + d.segment + "/done";
        } catch (ServiceProblem refused) {
            log.info("import to {} by {} refused on apply: {}", d.segment, staff.id(), refused.detail());
            model.addAttribute("pending", pending);
            model.addAttribute("reason", reason);
            showRefusal(refused, model);
            return "console/directory/import";
        }
    }

    @GetMapping("/directory/import/{directory}/done")
    String done(@PathVariable String directory, Model model) {
        Directory d = directory(directory);
        model.addAttribute("directory", d);
        if (!model.containsAttribute("applied")) {
            return "redirect:/directory/import/" + d.segment;
        }
        return "console/directory/import-done";
    }

    private Map<String, Object> send(Directory d, PendingImport pending, boolean apply, String reason) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(pending.bytes())).filename(pending.uploadName());
        String path = apply ? PlatformApi.query(d.registryPath + "/import", Map.of("apply", "true", "reason", reason == null ? "" : reason))
                : d.registryPath + "/import";
        return api.upload(Service.REGISTRY, path, parts.build());
    }

    /** A refused file: every bad row and column in a table, a problem with the file itself beside the file field. */
    private static void showRefusal(ServiceProblem refused, Model model) {
        if (refused.status() == 401 || refused.status() >= 500) {
            throw refused;
        }
        List<RowProblem> rows = new ArrayList<>();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        refused.fields().forEach((field, message) -> {
            Matcher m = ROW.matcher(field);
            if (m.matches()) {
                for (String one : message.split("；")) {
                    rows.add(new RowProblem(Integer.valueOf(m.group(1)), m.group(2), one));
                }
            } else {
                fields.put(field, "该项有误：" + message);
            }
        });
        model.addAttribute("rowProblems", rows);
        model.addAttribute("errors", fields);
        model.addAttribute("problem", (refused.status() == 403 ? "无权导入：" : "未通过检查，没有任何数据被导入：") + refused.detail());
    }

    private static Directory directory(String segment) {
        return Directory.of(segment).orElseThrow(() -> new ServiceProblem(Service.REGISTRY, 404, "Not Found", "没有名为 " + segment + " 的名录",
                Map.of()));
    }
}
