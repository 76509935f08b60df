/** 信用修复 as pure Java: an application to leave a list, its decision, and the conditions the rules set. */
package cn.supervision.credit.repair.domain;
