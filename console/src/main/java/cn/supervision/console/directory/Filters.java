package cn.supervision.console.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.supervision.console.api.PlatformApi;

/**
 * What a directory's filter form sent: only the filters the registry knows (in its spelling), and the page asked
 * for. The same filters go to the registry and into the console's own "next page" links, so a clerk's search
 * survives paging.
 */
record Filters(Map<String, String> values, int page, int size) {

    static final int DEFAULT_SIZE = 50;

    static Filters of(Map<String, String> request, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = request.get(name);
            values.put(name, value == null ? "" : value.strip());
        }
        return new Filters(values, number(request.get("page"), 0), number(request.get("size"), DEFAULT_SIZE));
    }

    /** A page number as typed in the address bar: anything unreadable is the first page (the registry checks the range). */
    private static int number(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The registry's path with these filters and the page. */
    String service(String path) {
        Map<String, Object> params = new LinkedHashMap<>(values);
        params.put("page", page);
        params.put("size", size);
        return PlatformApi.query(path, params);
    }

    /** The service's path with the filters only (lists that are not paged). */
    String serviceUnpaged(String path) {
        return PlatformApi.query(path, values);
    }

    /** The console's own link to another page of the same search. */
    String link(String path, int toPage) {
        Map<String, Object> params = new LinkedHashMap<>(values);
        params.put("page", toPage == 0 ? "" : toPage);
        params.put("size", size == DEFAULT_SIZE ? "" : size);
        return PlatformApi.query(path, params);
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }
}
