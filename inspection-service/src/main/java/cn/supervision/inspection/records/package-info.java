/**
 * 检查记录: inspection records. Opened by {@code sampling.SampleDrawn.v1} (one record per drawn object, all departments
 * together); inspectors enter results per check item; a reviewer approves or returns them; approval emits
 * {@code inspection.InspectionCompleted.v1} and one {@code inspection.ViolationFound.v1} per violation.
 */
package cn.supervision.inspection.records;
