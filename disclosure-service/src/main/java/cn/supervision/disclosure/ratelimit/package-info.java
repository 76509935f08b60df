/** 限流: each client of the public pages and API gets its own Resilience4j rate limiter, so a scraper cannot starve everyone. */
package cn.supervision.disclosure.ratelimit;
