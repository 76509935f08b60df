/**
 * 工作日: the official working-day calendar (statutory holidays and make-up workdays from the State Council's yearly
 * notices). Shared reference data, not a business type: disclosure counts publication deadlines with it, credit
 * counts rectification deadlines, and both must count the same way.
 */
package cn.supervision.workingdays;
