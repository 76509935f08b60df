package cn.supervision.console.directory;

import java.util.Map;

/** The pager under a list: where we are in the registry's answer ({@code {items, page, size, total}}) and the links around it. */
public record Paging(int page, int size, long total, String previous, String next) {

    static Paging of(Map<String, Object> answer, Filters filters, String path) {
        int page = ((Number) answer.getOrDefault("page", 0)).intValue();
        int size = ((Number) answer.getOrDefault("size", filters.size())).intValue();
        long total = ((Number) answer.getOrDefault("total", 0)).longValue();
        return new Paging(page, size, total, page > 0 ? filters.link(path, page - 1) : null,
                (long) (page + 1) * size < total ? filters.link(path, page + 1) : null);
    }

    /** 第 1–50 条，共 200 条 */
    public String summary() {
        if (total == 0) {
            return "共 0 条";
        }
        long from = (long) page * size + 1;
        return "第 " + Math.min(from, total) + "–" + Math.min(from + size - 1, total) + " 条，共 " + total + " 条";
    }
}
