/** 信用规则: loads the versioned rule book at start, refuses a broken one, and shows the active one. */
package cn.supervision.credit.rules;
