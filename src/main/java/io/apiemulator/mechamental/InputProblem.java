package io.apiemulator.mechamental;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.error.Violation;

/**
 * One item of FastAPI's 422 {@code detail} list as pydantic words it; {@code ctx} (the violated limit, e.g.
 * {@code {"max_length":128}}) is left out when there is none, as pydantic does.
 */
public record InputProblem(List<Object> loc, String msg, String type, Object input, Map<String, Object> ctx) {

    public static InputProblem of(Violation violation) {
        return new InputProblem(violation.loc(), violation.msg(), violation.type(), violation.input(), null);
    }

    public static InputProblem missing(String where, String field) {
        return new InputProblem(List.of(where, field), "Field required", "missing", null, null);
    }

    Map<String, Object> toJson() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("loc", loc);
        item.put("msg", msg);
        item.put("type", type);
        item.put("input", input);
        if (ctx != null) {
            item.put("ctx", ctx);
        }
        return item;
    }
}
