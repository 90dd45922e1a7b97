package jsa.cli;

/** The sections of {@code jsa --help}, in the order a job search goes (as git groups its commands). */
enum CommandGroup {
    DISCOVER("discover job postings"),
    TAILOR("tailor a resume to a job"),
    TRACK("track applications and interviews"),
    PREPARE("prepare for interviews"),
    SETUP("set up, configure and maintain");

    private final String heading;

    CommandGroup(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }
}
