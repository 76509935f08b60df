package cn.supervision.console.web;

/** The console itself refuses: a page of another department's work (拒绝访问), answered 403 with the refusal page. */
public class Refused extends RuntimeException {

    public Refused(String why) {
        super(why);
    }
}
