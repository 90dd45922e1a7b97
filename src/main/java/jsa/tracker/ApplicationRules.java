package jsa.tracker;

import java.time.LocalDate;

import jsa.JsaException;

/**
 * The changes an application may go through, shared by the commands and the CSV import: nothing is
 * dated before the application or in the future, a status change does not go back in time or
 * reopen a concluded process, and an outcome needs a callback.
 */
final class ApplicationRules {
    private ApplicationRules() {}

    /** @throws JsaException when {@code date} is after {@code today} */
    static void notFuture(String what, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw JsaException.usage(
                    what + " " + date + " is in the future (today is " + today + ")", "give a past date");
        }
    }

    /** @throws JsaException when {@code app} cannot take status {@code state} on {@code date} */
    static void checkStatus(ApplicationRow app, StatusState state, LocalDate date, LocalDate today) {
        notFuture("status date", date, today);
        if (date.isBefore(app.appliedDate())) {
            throw JsaException.usage(
                    "status date " + date + " is before the application on " + app.appliedDate(),
                    "give a date on or after " + app.appliedDate());
        }
        if (app.outcome() != null) {
            throw JsaException.failure(
                    "application " + app.id() + "'s interview process already ended (" + app.outcome() + " on "
                            + app.outcomeDate() + ")",
                    "record another outcome with 'jsa app outcome " + app.id() + "'");
        }
        if (state.id().equals(app.state())) {
            throw JsaException.failure(
                    "application " + app.id() + " is already " + app.state() + " since " + app.statusDate(),
                    "nothing was changed");
        }
        if (app.statusDate() != null && date.isBefore(app.statusDate())) {
            throw JsaException.usage(
                    "status date " + date + " is before the current status (" + app.state() + " on " + app.statusDate()
                            + ")",
                    "give a date on or after " + app.statusDate());
        }
    }

    /** @throws JsaException when {@code app}'s interview process cannot end with an outcome on {@code date} */
    static void checkOutcome(ApplicationRow app, LocalDate date, LocalDate today) {
        notFuture("outcome date", date, today);
        if (!"callback".equals(app.state())) {
            throw JsaException.failure(
                    "application " + app.id() + " has no callback (" + app.standing()
                            + "): an outcome ends an interview process",
                    "record the callback first with 'jsa app status " + app.id() + " callback'");
        }
        if (date.isBefore(app.statusDate())) {
            throw JsaException.usage(
                    "outcome date " + date + " is before the callback on " + app.statusDate(),
                    "give a date on or after " + app.statusDate());
        }
        if (app.outcomeDate() != null && date.isBefore(app.outcomeDate())) {
            throw JsaException.usage(
                    "outcome date " + date + " is before the current outcome (" + app.outcome() + " on "
                            + app.outcomeDate() + ")",
                    "give a date on or after " + app.outcomeDate());
        }
    }
}
