package io.apiemulator.admin.version;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which build is running: from META-INF/build-info.properties and git.properties when the build wrote them. */
@RestController
class VersionController {

    private final Map<String, Object> version = new LinkedHashMap<>();

    VersionController(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git) {
        BuildProperties b = build.getIfAvailable();
        GitProperties g = git.getIfAvailable();
        version.put("name", b == null ? "api-emulator" : b.getName());
        version.put("version", b == null ? "unknown" : b.getVersion());
        version.put("build_time", b == null || b.getTime() == null ? null : b.getTime().toString());
        version.put("git_commit", g == null ? null : g.getCommitId());
    }

    @GetMapping(path = "/__admin/version", produces = "application/json")
    Map<String, Object> version() {
        return version;
    }
}
