package cn.supervision.disclosure.results;

import java.util.List;

/** Everything published about one object, newest result first. */
record EnterpriseResults(String objectId, String uscc, String name, List<PublicResultView> results) {
}
