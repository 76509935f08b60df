package cn.supervision.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Longting demo (龙亭区住建局): 5 check items, 12 inspectors in 3 departments, 200 construction-sector objects,
 * entered through registry's public REST API exactly as a clerk would. Loading it twice changes nothing.
 */
final class LongtingDemo {

    static final List<String> DEPARTMENTS = List.of("housing-market", "quality-safety", "real-estate");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    private static final String[] TRADES = {"建筑工程", "建设监理", "房地产开发", "物业服务", "工程造价咨询", "园林绿化", "燃气经营", "质量检测"};
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private LongtingDemo() {
    }

    /** The demo is entered by the platform administrator of the development issuer. */
    static final String LOADED_BY = "admin";

    static void load(String registryUrl, String token) {
        HttpClient http = HttpClient.newHttpClient();
        bearer = token;
        post(http, registryUrl + "/check-items", item("JZ-001", "建筑业企业资质情况检查", "《建筑业企业资质管理规定》第三十五条", "housing-market", "ENTERPRISE"));
        post(http, registryUrl + "/check-items", item("JZ-002", "建筑市场行为检查", "《建筑市场诚信行为信息管理办法》第七条", "housing-market", "ENTERPRISE"));
        post(http, registryUrl + "/check-items", item("ZA-001", "建设工程质量安全检查", "《建设工程安全生产管理条例》第四十条", "quality-safety", "ENTERPRISE"));
        post(http, registryUrl + "/check-items", item("ZA-002", "施工现场安全生产检查", "《建设工程安全生产管理条例》第六十二条", "quality-safety", "CONSTRUCTION_PROJECT"));
        post(http, registryUrl + "/check-items", item("FC-001", "房地产开发企业经营行为检查", "《城市房地产开发经营管理条例》第三十三条", "real-estate", "ENTERPRISE"));
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            for (int i = 1; i <= 4; i++) {
                int n = d * 4 + i - 1;
                post(http, registryUrl + "/inspectors", """
                        {"certificateNumber": "LT-%s-%03d", "name": "%s%s", "department": "%s",
                         "qualifications": ["ENTERPRISE", "CONSTRUCTION_PROJECT"], "region": "410202"}"""
                        .formatted(DEPARTMENTS.get(d).toUpperCase().substring(0, 4), i, SURNAMES[n], GIVEN[(n * 5) % 12], DEPARTMENTS.get(d)));
            }
        }
        for (int i = 1; i <= 200; i++) {
            String trade = TRADES[i % TRADES.length];
            if (i % 10 == 0) {
                post(http, registryUrl + "/objects", """
                        {"code": "LT-XM-2026-%03d", "name": "龙亭区%s号地块建设项目", "type": "CONSTRUCTION_PROJECT", "industry": "建筑业",
                         "region": "410202", "address": "开封市龙亭区", "supervisingDepartments": ["quality-safety", "housing-market"]}"""
                        .formatted(i, i));
            } else {
                post(http, registryUrl + "/objects", """
                        {"uscc": "%s", "name": "开封市龙亭区%s%s有限公司", "type": "ENTERPRISE", "industry": "%s",
                         "region": "410202", "address": "开封市龙亭区第%d街", "supervisingDepartments": ["housing-market", "quality-safety"]}"""
                        .formatted(uscc(i), SURNAMES[i % 12] + GIVEN[(i / 12) % 12], trade, trade, i));
            }
        }
        System.out.println("Longting demo loaded: 5 check items, 12 inspectors, 200 objects");
    }

    /** A valid USCC for demo object {@code n}: 91 (enterprise) + 410202 (Longting) + a 9-character body + check character. */
    static String uscc(int n) {
        String body = "914102020" + String.format("%08d", 31_000_000 + n * 7919).substring(0, 8);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body + USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String item(String code, String name, String basis, String department, String objectType) {
        return """
                {"code": "%s", "name": "%s", "legalBasis": "%s", "department": "%s", "objectType": "%s",
                 "content": "%s", "methods": ["ON_SITE", "DOCUMENTS"], "kind": "GENERAL"}""".formatted(code, name, basis, department, objectType, name);
    }

    private static String bearer;

    private static void post(HttpClient http, String url, String json) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("demo data refused by " + url + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("registry not reachable at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
