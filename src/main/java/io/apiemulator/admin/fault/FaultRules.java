package io.apiemulator.admin.fault;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.apiemulator.kernel.id.Ids;
import io.apiemulator.kernel.state.ResetListener;

import org.springframework.stereotype.Component;

/** The active fault rules, tried in the order they were added; none by default. */
@Component
public class FaultRules implements ResetListener {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    FaultRule add(Map<String, Object> body) {
        FaultRule rule = FaultRule.from(Ids.random("fault_", 12, Ids.BASE36), body);
        rules.add(rule);
        return rule;
    }

    List<FaultRule> all() {
        return List.copyOf(rules);
    }

    boolean remove(String id) {
        return rules.removeIf(r -> r.id().equals(id));
    }

    void clear() {
        rules.clear();
    }

    /** The first rule that fires for this request, or null (the usual case: no rules, no cost). */
    public Fault fire(String method, String path) {
        for (FaultRule rule : rules) {
            Fault fault = rule.fire(method, path);
            if (fault != null) {
                return fault;
            }
        }
        return null;
    }

    @Override
    public void reset() {
        clear();
    }
}
