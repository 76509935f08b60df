package cn.supervision.credit.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.supervision.credit.assessment.domain.Assessment;
import cn.supervision.credit.assessment.domain.FollowUp;
import cn.supervision.credit.assessment.domain.ListPeriod;
import cn.supervision.credit.directory.KnownObject;
import cn.supervision.credit.files.domain.CreditEntry;
import cn.supervision.credit.files.domain.CreditFile;
import cn.supervision.credit.repair.domain.RepairApplication;

/**
 * A credit file as a clerk reads it: the entries by date, the lists the object is on and was on, its risk level,
 * the rectification orders being followed up, the repair applications, and flags that need a person's attention.
 */
record CreditFileView(String objectId, String uscc, String name, List<String> flags, List<CreditEntry> entries, String riskLevel,
        int score, List<ListPeriod> lists, List<ListPeriod> listHistory, List<FollowUp> followUps,
        List<RepairApplication> repairApplications, String ruleVersion, LocalDate asOf, LocalDate nextReviewOn) {

    /** 名录库中无此对象: no registry event has described it (yet). */
    static final String UNKNOWN_OBJECT = "UNKNOWN_OBJECT";
    /** 已注销: the registry deregistered it. */
    static final String DEREGISTERED_OBJECT = "DEREGISTERED_OBJECT";
    /** a result names a follow-up credit never requested */
    static final String UNKNOWN_FOLLOW_UP = "UNKNOWN_FOLLOW_UP";

    static CreditFileView of(CreditFileDocument doc, KnownObject known) {
        CreditFile file = doc.toDomain();
        Assessment a = doc.assessment;
        List<String> flags = new ArrayList<>();
        if (known == null) {
            flags.add(UNKNOWN_OBJECT);
        } else if (known.deregistered()) {
            flags.add(DEREGISTERED_OBJECT);
        }
        if (a != null && !a.unmatchedFollowUps().isEmpty()) {
            flags.add(UNKNOWN_FOLLOW_UP);
        }
        return new CreditFileView(file.objectId(), file.uscc(), file.name(), flags, file.entries(), a == null ? null : a.risk().level().name(),
                a == null ? 0 : a.risk().score(), a == null ? List.of() : a.periods().stream().filter(ListPeriod::current).toList(),
                a == null ? List.of() : a.periods(), a == null ? List.of() : a.followUps(), doc.repairApplications(),
                a == null ? null : a.ruleVersion(), a == null ? null : a.asOf(), a == null ? null : a.nextReviewOn());
    }
}
