/**
 * What happened to objects and inspectors: inspections done (from inspection's events, for the "inspected N times at
 * random this year" rule and coverage) and assignments sampling made (open tasks, rotation, inspectors' load).
 */
package cn.supervision.sampling.history;
