/** 信用名单公示: entries into and exits from the credit lists, where credit-service's rules publish them. */
package cn.supervision.disclosure.credit;
