package cn.supervision.draw;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns inspectors to drawn objects as §5 says. Each team's inspectors are kept in a "ladder" sorted by running
 * load, so the lightest-loaded eligible inspectors are the first run of equal load that has an eligible member;
 * only that run is scored with HMAC(K_a, objectId TAB inspectorId), and scores are remembered for the object.
 */
// Why: the assignment must be exact (smallest (load, HMAC, id)) and fast for half a million drawn objects.
final class Assigner implements AutoCloseable {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final List<Team> teams;
    private final String[] ids;
    private final byte[][] idBytes;
    private final long[] load;
    private final int[][] ladders;
    private final int[] position;
    private final Map<String, int[]> recusedByObject;
    private final int[] assignedMark;
    private final int[] recusedMark;
    private final int[] scoredMark;
    private final long[] scorePrefix;
    private final byte[] scores;
    private final CandidateScorer scorer;
    private int[] pending = new int[16];
    private int seq;

    Assigner(Snapshot snapshot, byte[] assignKey) {
        teams = snapshot.teams();
        List<RosterInspector> roster = snapshot.inspectors();
        int m = roster.size();
        ids = new String[m];
        idBytes = new byte[m][];
        load = new long[m];
        Map<String, Integer> byId = new HashMap<>(m * 2);
        for (int i = 0; i < m; i++) {
            RosterInspector r = roster.get(i);
            ids[i] = r.id();
            idBytes[i] = Utf8.bytes(r.id());
            load[i] = r.load();
            byId.put(r.id(), i);
        }
        Map<String, Integer> teamOf = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            teamOf.put(teams.get(t).department(), t);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < m; i++) {
            Integer t = teamOf.get(roster.get(i).department());
            if (t != null) {
                members.get(t).add(i);
            }
        }
        ladders = new int[teams.size()][];
        position = new int[m];
        for (int t = 0; t < teams.size(); t++) {
            List<Integer> list = members.get(t);
            list.sort((a, b) -> Long.compare(load[a], load[b]));
            ladders[t] = list.stream().mapToInt(Integer::intValue).toArray();
            for (int p = 0; p < ladders[t].length; p++) {
                position[ladders[t][p]] = p;
            }
        }
        Map<String, List<Integer>> grouped = new HashMap<>();
        for (Recusal r : snapshot.recusals()) {
            Integer inspector = byId.get(r.inspectorId());
            if (inspector != null) {
                grouped.computeIfAbsent(r.objectId(), o -> new ArrayList<>(2)).add(inspector);
            }
        }
        recusedByObject = new HashMap<>(grouped.size() * 2);
        grouped.forEach((o, list) -> recusedByObject.put(o, list.stream().mapToInt(Integer::intValue).toArray()));
        assignedMark = new int[m];
        recusedMark = new int[m];
        scoredMark = new int[m];
        scorePrefix = new long[m];
        scores = new byte[m * 32];
        scorer = new CandidateScorer(new HmacSha256(assignKey), idBytes, scores);
    }

    /** Assigns the teams to one object (objects must come in processing order); shortfalls are appended. */
    List<String> assign(String objectId, List<Shortfall> shortfalls) {
        seq++;
        scorer.object(objectId);
        int[] recused = recusedByObject.get(objectId);
        if (recused != null) {
            for (int x : recused) {
                recusedMark[x] = seq;
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            int missing = 0;
            for (int r = 0; r < team.count(); r++) {
                int best = pick(t);
                if (best < 0) {
                    missing++;
                } else {
                    chosen.add(ids[best]);
                }
            }
            if (missing > 0) {
                shortfalls.add(new Shortfall(objectId, team.department(), missing));
            }
        }
        return chosen;
    }

    private int pick(int team) {
        int[] ladder = ladders[team];
        int m = ladder.length;
        if (pending.length < m) {
            pending = new int[m];
        }
        int s = 0;
        while (s < m) {
            long level = load[ladder[s]];
            int e = s;
            int toScore = 0;
            while (e < m && load[ladder[e]] == level) {
                int x = ladder[e];
                if (assignedMark[x] != seq && recusedMark[x] != seq && scoredMark[x] != seq) {
                    pending[toScore++] = x;
                }
                e++;
            }
            scorer.score(pending, toScore);
            for (int i = 0; i < toScore; i++) {
                int x = pending[i];
                scoredMark[x] = seq;
                scorePrefix[x] = (long) LONG.get(scores, x * 32);
            }
            int best = -1;
            for (int i = s; i < e; i++) {
                int x = ladder[i];
                if (assignedMark[x] != seq && recusedMark[x] != seq && (best < 0 || before(x, best))) {
                    best = x;
                }
            }
            if (best >= 0) {
                assignedMark[best] = seq;
                int p = position[best];
                int last = e - 1;
                int other = ladder[last];
                ladder[last] = best;
                ladder[p] = other;
                position[best] = last;
                position[other] = p;
                load[best]++;
                return best;
            }
            s = e;
        }
        return -1;
    }

    @Override
    public void close() {
        scorer.close();
    }

    /** Same load: smaller HMAC first, then smaller id (UTF-8 bytes). */
    private boolean before(int a, int b) {
        int c = Long.compareUnsigned(scorePrefix[a], scorePrefix[b]);
        if (c == 0) {
            c = Arrays.compareUnsigned(scores, a * 32, a * 32 + 32, scores, b * 32, b * 32 + 32);
        }
        if (c == 0) {
            c = Arrays.compareUnsigned(idBytes[a], idBytes[b]);
        }
        return c < 0;
    }
}
