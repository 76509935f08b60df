/** 检查对象名录库: the object directory — registration, lookup, and the events sampling builds its population from. */
package cn.supervision.registry.objects;
