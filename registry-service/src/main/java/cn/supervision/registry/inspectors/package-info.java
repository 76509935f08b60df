/** 执法检查人员名录库: the inspector directory. Personal data (ID number, phone) is stored here and nowhere else. */
package cn.supervision.registry.inspectors;
