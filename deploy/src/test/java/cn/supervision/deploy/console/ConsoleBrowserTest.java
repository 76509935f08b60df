package cn.supervision.deploy.console;

import cn.supervision.deploy.ConsolePlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, end to end against the running platform: sign-in through the identity
 * provider, a session that ends returns to the same page after signing in again.
 */
class ConsoleBrowserTest {

    static Browser browser;
    static String consoleUrl;

    @BeforeAll
    static void start() {
        consoleUrl = ConsolePlatform.consoleUrl();
        browser = new Browser(consoleUrl);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aClerkSignsInThroughTheIdentityProviderAndAnEndedSessionReturnsToTheSamePage() {
        browser.open("/");
        browser.screenshot("01-sign-in");
        browser.pickDemoUser("hm-staff");
        assertThat(browser.find("#who").getText()).contains("住房市场科工作人员", "住房市场科 · 工作人员");
        browser.screenshot("02-home-clerk");

        // the session ends (cookie gone: a restart, the 8 h timeout, another tablet): the next page asks to sign in
        // again and then shows the page that was asked for
        browser.driver.manage().deleteAllCookies();
        browser.open("/?from=expired");
        browser.pickDemoUser("hm-staff");
        // Spring Security marks the replayed request with a "continue" parameter
        assertThat(browser.driver.getCurrentUrl()).startsWith(consoleUrl + "/?from=expired");
        assertThat(browser.text()).contains("住房市场科 · 工作人员");
    }
}
