/**
 * 工作日历: the versioned official calendar. The bundled State Council notices (shared {@code working-days} module) plus
 * the years an administrator loaded since (stored here), merged into one calendar whose version is a digest of its
 * content, so every instance and every deadline can say which calendar counted it.
 */
package cn.supervision.disclosure.calendar;
