package cn.supervision.console.api;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the identity provider and the services ({@code console.*} in console.yml), and the
 * departments' names as clerks know them.
 */
@ConfigurationProperties("console")
public record ConsoleProperties(String identityProvider, Map<String, String> services, String publicDisclosureUrl, String publicSamplingUrl,
        Map<String, String> departments) {

    /** 住房市场科 for housing-market; the code itself for a department the configuration does not name. */
    public String departmentName(String code) {
        return code == null ? "全部门" : departments.getOrDefault(code, code);
    }
}
