package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.supervision.credit.assessment.domain.FollowUp;
import cn.supervision.credit.assessment.domain.ListPeriod;
import cn.supervision.credit.assessment.domain.Risk;
import cn.supervision.credit.directory.KnownObjects;
import cn.supervision.credit.rules.domain.CreditList;
import cn.supervision.platform.problem.ProblemException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
class CreditFileController {

    private final CreditFiles files;
    private final KnownObjects directory;
    private final MongoTemplate mongo;

    CreditFileController(CreditFiles files, KnownObjects directory, MongoTemplate mongo) {
        this.files = files;
        this.directory = directory;
        this.mongo = mongo;
    }

    /** The file of one object, entries by date then arrival, with lists, follow-ups and flags; 404 when nothing is on record. */
    @GetMapping("/credit-files/{objectId}")
    CreditFileView find(@PathVariable String objectId) {
        CreditFileDocument doc = files.document(objectId).orElseThrow(() -> ProblemException.notFound("credit file of object " + objectId));
        return CreditFileView.of(doc, directory.find(objectId).orElse(null));
    }

    record RiskView(String objectId, String level, int score, List<Risk.Part> parts, String ruleVersion, LocalDate asOf) {
    }

    /** Why an object is at its level: the score, every part of it with its rule and source event, the rule version. */
    @GetMapping("/credit-files/{objectId}/risk")
    RiskView risk(@PathVariable String objectId) {
        CreditFileDocument doc = files.document(objectId).orElseThrow(() -> ProblemException.notFound("credit file of object " + objectId));
        Risk risk = doc.assessment.risk();
        return new RiskView(objectId, risk.level().name(), risk.score(), risk.parts(), doc.assessment.ruleVersion(), doc.assessment.asOf());
    }

    record FileSummary(String objectId, String name, String riskLevel, List<String> lists) {
    }

    /** Files, optionally only those flagged {@code UNKNOWN_OBJECT} (events kept for objects the registry has not described). */
    @GetMapping("/credit-files")
    List<FileSummary> list(@RequestParam(required = false) String flag) {
        if (flag != null && !CreditFileView.UNKNOWN_OBJECT.equals(flag)) {
            throw ProblemException.invalid("flag", "only " + CreditFileView.UNKNOWN_OBJECT + " can be filtered on");
        }
        Query all = new Query();
        all.fields().include("_id", "name", "riskLevel", "lists");
        List<CreditFileDocument> docs = mongo.find(all, CreditFileDocument.class);
        Set<String> known = flag == null ? Set.of() : directory.known(docs.stream().map(d -> d.objectId).toList());
        return docs.stream().filter(d -> flag == null || !known.contains(d.objectId)).sorted(Comparator.comparing(d -> d.objectId))
                .map(d -> new FileSummary(d.objectId, d.name, d.riskLevel, d.lists)).toList();
    }

    record ListMember(String objectId, String name, LocalDate enteredOn, String reason, String rule, String ruleVersion) {
    }

    /** Who is on a list now (经营异常名录 / 严重违法失信名单), with the reason and rule of entry. */
    @GetMapping("/credit-lists/{list}")
    List<ListMember> members(@PathVariable String list) {
        CreditList which;
        try {
            which = CreditList.valueOf(list);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("list", "unknown list '" + list + "', expected ABNORMAL_OPERATIONS or SERIOUS_VIOLATION");
        }
        return mongo.find(new Query(where("lists").is(which.name())), CreditFileDocument.class).stream()
                .flatMap(d -> d.assessment.current(which).stream().map(p -> member(d, p)))
                .sorted(Comparator.comparing(ListMember::enteredOn).thenComparing(ListMember::objectId)).toList();
    }

    private static ListMember member(CreditFileDocument d, ListPeriod p) {
        return new ListMember(d.objectId, d.name, p.enteredOn(), p.entryReason(), p.entryRule(), p.ruleVersion());
    }

    record FollowUpView(String objectId, String name, FollowUp followUp) {
    }

    /** Rectification orders across all files, optionally in one status (e.g. REQUESTED: re-inspections awaited). */
    @GetMapping("/follow-ups")
    List<FollowUpView> followUps(@RequestParam(required = false) String status) {
        FollowUp.Status wanted;
        try {
            wanted = status == null ? null : FollowUp.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "unknown status '" + status + "', expected WAITING, REQUESTED, CLOSED or ESCALATED");
        }
        return mongo.find(new Query(where("assessment.followUps.0").exists(true)), CreditFileDocument.class).stream()
                .flatMap(d -> d.assessment.followUps().stream().filter(f -> wanted == null || f.status() == wanted)
                        .map(f -> new FollowUpView(d.objectId, d.name, f)))
                .sorted(Comparator.comparing((FollowUpView v) -> v.followUp().rectificationDeadline()).thenComparing(FollowUpView::objectId))
                .toList();
    }
}
