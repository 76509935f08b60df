/** The draw log: every freeze, draw, re-draw and manual assignment, hash-chained, with an endpoint that verifies the chain. */
package cn.supervision.sampling.drawlog;
