/**
 * Who may act on a record, beyond the record's own rules (assigned inspectors, a reviewer who did not inspect): the seam
 * where department scoping and authentication (issue 9) plug in.
 */
package cn.supervision.inspection.access;
