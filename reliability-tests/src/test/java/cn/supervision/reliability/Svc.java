package cn.supervision.reliability;

import java.util.List;
import java.util.function.Supplier;

import cn.supervision.credit.CreditApplication;
import cn.supervision.disclosure.DisclosureApplication;
import cn.supervision.inspection.InspectionApplication;
import cn.supervision.registry.RegistryApplication;
import cn.supervision.sampling.SamplingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The five services as this harness starts them: name (= consumer group), database, and input bindings with their topics. */
enum Svc {
    REGISTRY("registry-service", "registry", RegistryApplication::builder, List.of(
            new Binding("creditRecords-in-0", "credit.records"))),
    SAMPLING("sampling-service", "sampling", SamplingApplication::builder, List.of(
            new Binding("registryObjects-in-0", "registry.objects"), new Binding("registryInspectors-in-0", "registry.inspectors"),
            new Binding("registryCheckItems-in-0", "registry.check-items"), new Binding("inspectionResults-in-0", "inspection.results"),
            new Binding("creditRecords-in-0", "credit.records"), new Binding("creditFollowUps-in-0", "credit.follow-ups"))),
    INSPECTION("inspection-service", "inspection", InspectionApplication::builder, List.of(
            new Binding("sampleDrawn-in-0", "sampling.draws"))),
    DISCLOSURE("disclosure-service", "disclosure", DisclosureApplication::builder, List.of(
            new Binding("inspectionResults-in-0", "inspection.results"), new Binding("samplingTasks-in-0", "sampling.tasks"),
            new Binding("samplingDraws-in-0", "sampling.draws"), new Binding("checkItems-in-0", "registry.check-items"),
            new Binding("creditRecords-in-0", "credit.records"))),
    CREDIT("credit-service", "credit", CreditApplication::builder, List.of(
            new Binding("inspectionResults-in-0", "inspection.results"), new Binding("registryObjects-in-0", "registry.objects")));

    /** An input binding of a service: its topic, and the dead-letter topic the binder parks poison in. */
    record Binding(String name, String topic) {
        String dlq(Svc service) {
            return topic + "." + service.group + ".dlq";
        }
    }

    final String group;
    final String database;
    final Supplier<SpringApplicationBuilder> builder;
    final List<Binding> bindings;

    Svc(String group, String database, Supplier<SpringApplicationBuilder> builder, List<Binding> bindings) {
        this.group = group;
        this.database = database;
        this.builder = builder;
        this.bindings = bindings;
    }
}
