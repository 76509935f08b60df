package cn.supervision.disclosure.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What was typed into the search form, echoed back into it (Thymeleaf escapes it) and carried into the paging links. */
public record SearchForm(String uscc, String name, String taskId, String department, String category, String from, String to) {

    public String link(int page) {
        StringBuilder q = new StringBuilder("/?page=").append(page);
        append(q, "uscc", uscc);
        append(q, "name", name);
        append(q, "taskId", taskId);
        append(q, "department", department);
        append(q, "category", category);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String key, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(key).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
