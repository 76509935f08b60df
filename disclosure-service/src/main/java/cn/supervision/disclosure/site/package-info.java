/** 公示网站: the public web pages, rendered on the server (Thymeleaf), usable without JavaScript and on a phone. */
package cn.supervision.disclosure.site;
