package io.apiemulator.nuon;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.apiemulator.kernel.state.SeedConstraints.REQUIRED;
import static io.apiemulator.kernel.state.SeedConstraints.TOO_LONG;

/**
 * The {@code nuon} seed section (and {@code emulator.nuon.orgs}): orgs with their API tokens, apps and components.
 * <pre>
 * nuon:
 *   orgs: [{id: org..., name: ci, tokens: [t], apps: [{id: app..., name: a, components: [{id: cmp..., type: helm_chart}]}]}]
 * </pre>
 * A missing name is the id; a missing component type is {@code terraform_module}.
 */
record NuonSeed(List<@NotNull @Valid Org> orgs) {

    private static final String ID = "[a-z]{3}[0-9a-z]{23}";
    private static final String BAD_ID = "must be 3 lowercase letters and 23 characters of [0-9a-z]";

    NuonSeed {
        orgs = orgs == null ? List.of() : orgs;
    }

    record Org(@NotNull(message = REQUIRED) @Pattern(regexp = ID, message = BAD_ID) String id,
            @Size(max = 200, message = TOO_LONG) String name,
            List<@NotBlank(message = REQUIRED) @Size(max = 500, message = TOO_LONG) String> tokens,
            List<@NotNull @Valid App> apps) {

        Org {
            tokens = tokens == null ? List.of() : tokens;
            apps = apps == null ? List.of() : apps;
        }
    }

    record App(@NotNull(message = REQUIRED) @Pattern(regexp = ID, message = BAD_ID) String id,
            @Size(max = 200, message = TOO_LONG) String name,
            List<@NotNull @Valid Component> components) {

        App {
            components = components == null ? List.of() : components;
        }
    }

    record Component(@NotNull(message = REQUIRED) @Pattern(regexp = ID, message = BAD_ID) String id,
            @Size(max = 200, message = TOO_LONG) String name,
            @Pattern(regexp = "terraform_module|helm_chart|docker_build|external_image|job|kubernetes_manifest",
                    message = "must be one of terraform_module, helm_chart, docker_build, external_image, job,"
                            + " kubernetes_manifest") String type) {

        Component {
            type = type == null ? "terraform_module" : type;
        }
    }
}
