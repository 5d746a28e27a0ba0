package io.apiemulator.mechamental;

import java.util.List;

import io.apiemulator.mechamental.app.AppRef;
import io.apiemulator.mechamental.release.NewRelease;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.apiemulator.kernel.state.SeedConstraints.REQUIRED;
import static io.apiemulator.kernel.state.SeedConstraints.TOO_LONG;

/**
 * The {@code mechamental} seed section (and {@code emulator.mechamental.tokens/apps}):
 * <pre>
 * mechamental:
 *   tokens: [{token: t1, actor: ci@example.com, orgs: [org-a]}]
 *   apps:
 *     - {org: org-a, workspace: ws, app: web,
 *        releases: [{release_tag: v1, description: first, status: active}]}   # status: draft|active|archived
 * </pre>
 */
record MechaMentalSeed(List<@NotNull @Valid Token> tokens, List<@NotNull @Valid App> apps) {

    MechaMentalSeed {
        tokens = tokens == null ? List.of() : tokens;
        apps = apps == null ? List.of() : apps;
    }

    /** {@code actor} (reported as created_by/activated_by) defaults to the token itself. */
    record Token(@NotBlank(message = REQUIRED) @Size(max = 500, message = TOO_LONG) String token,
            @Size(max = 320, message = TOO_LONG) String actor,
            List<@NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String> orgs) {

        Token {
            actor = actor == null ? token : actor;
            orgs = orgs == null ? List.of() : orgs;
        }
    }

    record App(@NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String org,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String workspace,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String app,
            List<@NotNull @Valid Release> releases) {

        App {
            releases = releases == null ? List.of() : releases;
        }

        AppRef ref() {
            return new AppRef(org, workspace, app);
        }
    }

    /** Lengths as the API allows them ({@link NewRelease}); a release whose tag exists is left as it is. */
    record Release(@NotBlank(message = REQUIRED) @Size(max = 128, message = TOO_LONG) String releaseTag,
            @Size(max = 2_000, message = TOO_LONG) String description,
            @Size(max = 10_000, message = TOO_LONG) String changeLog,
            @Pattern(regexp = "draft|active|archived", message = "must be draft, active or archived") String status) {

        Release {
            status = status == null ? "draft" : status;
        }

        NewRelease content() {
            return new NewRelease(releaseTag, description, changeLog);
        }
    }
}
