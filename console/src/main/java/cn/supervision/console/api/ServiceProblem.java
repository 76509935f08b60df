package cn.supervision.console.api;

import java.util.Map;

/**
 * A service refused a call: its status and its {@code application/problem+json} answer, with the fields it named.
 * Pages show {@link #fields()} beside the form fields and {@link #detail()} above the form.
 */
public class ServiceProblem extends RuntimeException {

    private final Service service;
    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fields;

    public ServiceProblem(Service service, int status, String title, String detail, Map<String, String> fields) {
        super(service.label + " " + status + ": " + (detail == null ? title : detail));
        this.service = service;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fields = Map.copyOf(fields);
    }

    public Service service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail == null ? title : detail;
    }

    /** Field name as the service spells it (e.g. {@code strata[0].ratioBp}) to its message. */
    public Map<String, String> fields() {
        return fields;
    }
}
