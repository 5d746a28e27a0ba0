package io.apiemulator.mechamental;

import java.util.List;

/** Input that fails MechaMental's validation rules: answered 422 with FastAPI's {@code detail} list. */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).msg());
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
