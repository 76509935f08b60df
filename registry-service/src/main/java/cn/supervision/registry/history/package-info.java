/** 动态化管理: every change of a directory record is a version (who, when, why, state after); history and "as of" reads. */
package cn.supervision.registry.history;
