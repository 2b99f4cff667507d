package dev.csimodel.models.disconfirmation;

/**
 * Direction of the disconfirmation {@code D = P - E} (Oliver 1980), judged around a tolerance
 * {@code tol}: positive when {@code D > tol}, negative when {@code D < -tol}, confirmation when
 * {@code |D| <= tol}.
 */
public enum DisconfirmationType {
    /** Performance exceeds expectation by more than the tolerance. */
    POSITIVE,
    /** Performance falls short of expectation by more than the tolerance. */
    NEGATIVE,
    /** Performance matches expectation within the tolerance. */
    CONFIRMATION
}
