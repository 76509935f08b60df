package cn.supervision.deploy;

import java.util.List;
import java.util.function.Supplier;

import cn.supervision.credit.CreditApplication;
import cn.supervision.disclosure.DisclosureApplication;
import cn.supervision.inspection.InspectionApplication;
import cn.supervision.registry.RegistryApplication;
import cn.supervision.sampling.SamplingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The five services, their ports and databases in the embedded default. */
enum Service {
    REGISTRY("registry-service", 8081, "registry", RegistryApplication::builder),
    SAMPLING("sampling-service", 8082, "sampling", SamplingApplication::builder),
    INSPECTION("inspection-service", 8083, "inspection", InspectionApplication::builder),
    DISCLOSURE("disclosure-service", 8084, "disclosure", DisclosureApplication::builder),
    CREDIT("credit-service", 8085, "credit", CreditApplication::builder);

    final String serviceName;
    final int defaultPort;
    final String database;
    final Supplier<SpringApplicationBuilder> builder;

    Service(String serviceName, int defaultPort, String database, Supplier<SpringApplicationBuilder> builder) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.builder = builder;
    }

    /**
     * What only the embedded default sets: disclosure pushes to its own provincial simulator (there is no province on
     * one machine), and the public pages link to sampling's public endpoints on their fixed port.
     */
    List<String> embeddedDefaults(boolean fixedPorts) {
        if (this != DISCLOSURE) {
            return List.of();
        }
        List<String> args = new java.util.ArrayList<>(List.of(
                "--disclosure.provincial.simulator.enabled=true",
                // resolved per call, once the random test port is known
                "--disclosure.provincial.base-url=http://127.0.0.1:${local.server.port}/simulator/province"));
        if (fixedPorts) {
            args.add("--disclosure.sampling.public-base-url=http://127.0.0.1:" + SAMPLING.defaultPort);
        }
        return args;
    }

    static List<Service> all() {
        return List.of(values());
    }
}
