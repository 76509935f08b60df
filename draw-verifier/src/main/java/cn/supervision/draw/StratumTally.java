package cn.supervision.draw;

/** Per stratum: population size {@code n}, number drawn {@code k}, and the hex rank of the last drawn id (null when k = 0). */
// Why: with the threshold published, any enterprise can check its own case without the list (§4, §7).
public record StratumTally(String name, int n, int k, String threshold) {
}
