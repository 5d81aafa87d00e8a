package org.improvementtracker.indicators.web;

/**
 * A problem with a cell of the value grid, told in the cell as its message and in the error summary with
 * the cell's name first ("FD1, May 2026: A percentage must be between 0 and 100"), since cells look alike.
 *
 * @param cellName "FD1, May 2026", or null for a problem with the grid as a whole
 */
record GridProblem(String cellName, String message) {

    public String summary() {
        return cellName == null ? message : cellName + ": " + message;
    }
}
