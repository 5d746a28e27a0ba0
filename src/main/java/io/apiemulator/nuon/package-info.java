/**
 * The Nuon API under {@code /v1/components}, {@code /v1/releases}, {@code /v1/apps} and {@code /v1/builds}. This
 * package holds what its resources share: the error envelope ({@code NuonApi}), the {@code X-Nuon-API-Version}
 * header, ids, the pace of builds and releases ({@code Pacing}), configuration ({@code emulator.nuon.*}) and the seed
 * section; the endpoints are in {@code component}, {@code build} and {@code release}, authentication in {@code auth}.
 */
package io.apiemulator.nuon;
