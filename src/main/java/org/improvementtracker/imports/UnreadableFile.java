package org.improvementtracker.imports;

/** A file the readers refuse to read, with the problem saying why in the owner's terms. */
public class UnreadableFile extends RuntimeException {

    private final transient ImportProblem problem;

    UnreadableFile(ImportProblem problem) {
        super(problem.sentence());
        this.problem = problem;
    }

    UnreadableFile(ImportProblem problem, Throwable cause) {
        super(problem.sentence(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
