package io.apiemulator.nuon.component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.apiemulator.nuon.NuonException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deprecated component updates: PATCH (name, var name, dependencies) and DELETE with all it owns. */
@Service
class ComponentService {

    private static final Logger log = LoggerFactory.getLogger(ComponentService.class);
    /** Nuon's {@code interpolated_name} validator. */
    private static final Pattern INTERPOLATED_NAME = Pattern.compile("^[a-z0-9_{}.]*$");
    private static final int MAX_NAME = 200;
    private static final int MAX_DEPENDENCIES = 100;

    private final NuonComponentRepository components;
    private final List<ComponentDeletion> deletions;

    ComponentService(NuonComponentRepository components, List<ComponentDeletion> deletions) {
        this.components = components;
        this.deletions = deletions;
    }

    @Transactional
    NuonComponent update(NuonComponent component, UpdateComponentRequest request) {
        if (request.name() == null || request.name().isEmpty()) {
            throw NuonException.invalid("name: required");
        }
        requireName("name", request.name());
        if (request.varName() != null) {
            requireName("var_name", request.varName());
        }
        component.patch(request.name(), request.varName(), dependencies(component, request.dependencies()));
        log.info("Nuon component {} updated", component.getId());
        return component;
    }

    @Transactional
    void delete(NuonComponent component) {
        List<String> dependents = components.dependentsOf(component.getId());
        if (!dependents.isEmpty()) {
            throw NuonException.invalid("component " + component.getId() + " cannot be deleted: components "
                    + dependents + " depend on it");
        }
        deletions.forEach(d -> d.deleteAllOf(component));
        components.delete(component);
        log.info("Nuon component {} deleted", component.getId());
    }

    private static void requireName(String field, String value) {
        if (value.length() > MAX_NAME || !INTERPOLATED_NAME.matcher(value).matches()) {
            throw NuonException.invalid(field + ": must be at most " + MAX_NAME
                    + " characters of lowercase letters, digits, _, ., { and }");
        }
    }

    /** Names or ids of other components of the same app, as ids, each once. */
    private List<String> dependencies(NuonComponent component, List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > MAX_DEPENDENCIES) {
            throw NuonException.invalid("dependencies: at most " + MAX_DEPENDENCIES);
        }
        List<NuonComponent> siblings = components.findByAppIdOrderByCreatedAtAscIdAsc(component.getAppId());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String wanted = requested.get(i);
            NuonComponent dependency = siblings.stream()
                    .filter(c -> c.getId().equals(wanted) || c.getName().equals(wanted)).findFirst()
                    .orElseThrow(() -> NuonException.invalid("dependencies: no component " + wanted + " in app "
                            + component.getAppId()));
            if (dependency.getId().equals(component.getId())) {
                throw NuonException.invalid("dependencies: a component cannot depend on itself");
            }
            if (!ids.contains(dependency.getId())) {
                ids.add(dependency.getId());
            }
        }
        return ids;
    }
}
