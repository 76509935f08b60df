package cn.supervision.console.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After signing out: a page that offers to sign in again (a shared tablet in the field passes between people). */
@Controller
class SignedOutController {

    @GetMapping("/signed-out")
    String signedOut() {
        return "console/signed-out";
    }
}
