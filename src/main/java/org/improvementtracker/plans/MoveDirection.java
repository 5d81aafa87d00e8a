package org.improvementtracker.plans;

/** Reordering siblings one place at a time, as the "Move up" and "Move down" buttons do. */
public enum MoveDirection {
    UP,
    DOWN
}
