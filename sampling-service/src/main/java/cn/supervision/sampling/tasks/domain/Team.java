package cn.supervision.sampling.tasks.domain;

/** For every drawn object, {@code count} inspectors of {@code department} (a DRAW-1 team). */
public record Team(String department, int count) {
}
