package cn.supervision.sampling.plans.domain;

/**
 * A department's random-inspection coverage for a year: the share of its directory (operating objects it supervises)
 * inspected at random at least once, against its plan's target and against the seed's floor
 * (年度随机抽查占比不低于10%). Follow-up inspections never count.
 */
public record Coverage(String department, int year, long directory, long inspectedAtRandom, double ratio, Integer planTargetBp,
        int floorBp, boolean meetsFloor, Boolean meetsPlan) {

    public static final int FLOOR_BP = 1000;

    public static Coverage of(String department, int year, long directory, long inspectedAtRandom, Integer planTargetBp) {
        double ratio = directory == 0 ? 0.0 : Math.min(1.0, (double) inspectedAtRandom / directory);
        // compare in basis points with integers: 10 of 100 meets a 10 % floor exactly
        boolean meetsFloor = directory > 0 && inspectedAtRandom * 10000 >= (long) FLOOR_BP * directory;
        Boolean meetsPlan = planTargetBp == null ? null : directory > 0 && inspectedAtRandom * 10000 >= (long) planTargetBp * directory;
        return new Coverage(department, year, directory, inspectedAtRandom, ratio, planTargetBp, FLOOR_BP, meetsFloor, meetsPlan);
    }
}
