package io.apiemulator.mechamental.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.error.Violation;
import io.apiemulator.mechamental.MechaMentalException;

/** The path's {@code org_id}/{@code workspace_id}/{@code app_id}, checked to fit the database. */
public record AppRef(String orgId, String workspaceId, String appId) {

    public static final int MAX_ID_LENGTH = 200;

    /** The ids as a request's path gave them; an id longer than the database keeps is a 422. */
    public static AppRef fromPath(String orgId, String workspaceId, String appId) {
        List<Violation> problems = new ArrayList<>();
        check("org_id", orgId, problems);
        check("workspace_id", workspaceId, problems);
        check("app_id", appId, problems);
        if (!problems.isEmpty()) {
            throw MechaMentalException.invalid(problems);
        }
        return new AppRef(orgId, workspaceId, appId);
    }

    private static void check(String name, String value, List<Violation> problems) {
        if (value.length() > MAX_ID_LENGTH) {
            problems.add(new Violation(List.of("path", name), "String should have at most " + MAX_ID_LENGTH
                    + " characters", "string_too_long", value, Map.of("max_length", MAX_ID_LENGTH)));
        }
    }
}
