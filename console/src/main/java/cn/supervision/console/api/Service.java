package cn.supervision.console.api;

/** The five services the console calls, by their key under {@code console.services}. */
public enum Service {
    REGISTRY("registry", "名录库服务"),
    SAMPLING("sampling", "抽查服务"),
    INSPECTION("inspection", "检查服务"),
    DISCLOSURE("disclosure", "公示服务"),
    CREDIT("credit", "信用服务");

    final String key;
    final String label;

    Service(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
