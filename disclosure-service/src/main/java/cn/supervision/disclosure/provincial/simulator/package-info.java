/**
 * A stand-in for the provincial supervision platform, served by disclosure-service itself under
 * {@code /simulator/province/**} when {@code disclosure.provincial.simulator.enabled=true}: it verifies the HMAC,
 * answers idempotently per key, and can be told to fail, hang, slow down, garble or go away (admin endpoints).
 */
package cn.supervision.disclosure.provincial.simulator;
