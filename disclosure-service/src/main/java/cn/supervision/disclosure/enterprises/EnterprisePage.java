package cn.supervision.disclosure.enterprises;

import java.util.List;
import java.util.Optional;

import cn.supervision.disclosure.credit.PublicCreditListChange;
import cn.supervision.disclosure.credit.PublicCreditLists;
import cn.supervision.disclosure.results.PublicResultView;
import cn.supervision.disclosure.results.PublicResults;
import cn.supervision.disclosure.tasks.PublicTasks;
import cn.supervision.disclosure.tasks.TaskView;
import org.springframework.stereotype.Component;

/** Assembles an object's public page from the results, draws and credit lists. */
@Component
public class EnterprisePage {

    /** Everything published about one object, newest first in each part. */
    public record Enterprise(String objectId, String uscc, String name, List<PublicResultView> results, List<TaskView.DrawnView> draws,
            List<PublicCreditListChange> creditListChanges) {
    }

    private final PublicResults results;
    private final PublicTasks tasks;
    private final PublicCreditLists credit;

    EnterprisePage(PublicResults results, PublicTasks tasks, PublicCreditLists credit) {
        this.results = results;
        this.tasks = tasks;
        this.credit = credit;
    }

    public Optional<Enterprise> of(String objectId) {
        List<PublicResultView> found = results.ofObject(objectId).stream().map(PublicResultView::of).toList();
        List<TaskView.DrawnView> draws = tasks.drawsOf(objectId);
        List<PublicCreditListChange> lists = credit.ofObject(objectId);
        if (found.isEmpty() && draws.isEmpty() && lists.isEmpty()) {
            return Optional.empty();
        }
        String uscc = null;
        String name = null;
        if (!found.isEmpty()) {
            uscc = found.get(0).uscc();
            name = found.get(0).objectName();
        } else if (!draws.isEmpty()) {
            uscc = draws.get(0).uscc();
            name = draws.get(0).objectName();
        } else {
            uscc = lists.get(0).uscc();
            name = lists.get(0).objectName();
        }
        return Optional.of(new Enterprise(objectId, uscc, name, found, draws, lists));
    }
}
