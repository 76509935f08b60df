package cn.supervision.console.api;

/** The signed-in person's token is gone or expired (or a service no longer accepts it): they must sign in again. */
public class SignInAgain extends RuntimeException {

    public SignInAgain(String why) {
        super(why);
    }
}
