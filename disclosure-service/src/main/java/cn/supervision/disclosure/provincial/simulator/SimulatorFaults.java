package cn.supervision.disclosure.provincial.simulator;

/**
 * What the simulator is told to do wrong. Rates are probabilities per request (0..1); {@code failNext} and friends
 * count down, for tests that need an exact sequence.
 *
 * @param outage        answer every request with 503 (the platform is down)
 * @param errorRate     answer 500 at this rate
 * @param timeoutRate   hang for {@code hangMillis} at this rate (the caller's time limit should fire)
 * @param slowMillis    delay every answer by this much
 * @param malformedRate store the record but answer with a body that is not an acknowledgement
 * @param foreignKeyRate store the record but acknowledge another key
 * @param failNext      the next n requests get 500
 * @param malformedNext the next n requests get a garbled answer
 * @param foreignKeyNext the next n requests get an acknowledgement of another key
 */
record SimulatorFaults(boolean outage, double errorRate, double timeoutRate, long slowMillis, long hangMillis, double malformedRate,
        double foreignKeyRate, int failNext, int malformedNext, int foreignKeyNext) {

    static final SimulatorFaults NONE = new SimulatorFaults(false, 0, 0, 0, 30_000, 0, 0, 0, 0, 0);
}
