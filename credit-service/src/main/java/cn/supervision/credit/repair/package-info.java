/** 信用修复: applications to leave a list, decided by staff under the rules' conditions; the leaving is published. */
package cn.supervision.credit.repair;
