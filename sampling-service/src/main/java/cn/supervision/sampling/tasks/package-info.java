/** 抽查任务: tasks — announce, freeze (commit), draw with DRAW-1, publish the transcript and the drawn objects. */
package cn.supervision.sampling.tasks;
