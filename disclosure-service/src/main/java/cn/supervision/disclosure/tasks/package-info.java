/**
 * 抽查任务公示: task announcements, the DRAW-1 commitment published before each draw, and the drawn list (subject to
 * the task's rule on publishing who was drawn), with links to sampling's transcript and "was I drawn?" check.
 */
package cn.supervision.disclosure.tasks;
